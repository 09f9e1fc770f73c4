package io.cursorkit.processor.generate;

import static io.cursorkit.processor.generate.RuntimeTypes.CLOSEABLE_ITERATOR;
import static io.cursorkit.processor.generate.RuntimeTypes.GENERATED_STREAM;
import static io.cursorkit.processor.generate.RuntimeTypes.JSON_VALUES;
import static io.cursorkit.processor.generate.RuntimeTypes.KEY_BUILDER;
import static io.cursorkit.processor.generate.RuntimeTypes.RECORD_WRITER;
import static io.cursorkit.processor.generate.RuntimeTypes.STATE_SERIALIZER;
import static io.cursorkit.processor.generate.RuntimeTypes.STREAM_INFO;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.StreamModel;
import io.cursorkit.processor.model.StreamModel.ReadModel;
import io.cursorkit.processor.model.StreamModel.SliceModel;
import io.cursorkit.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Stream>_Stream}, which adapts the author's class to the runtime's one shape.
 * A stream whose constructor takes no config is generic in the config type {@code G}, so it can
 * be generated before (or without) knowing the {@code @Connector} type.
 */
final class StreamGenerator {
    private final SourceWriter writer;

    StreamGenerator(SourceWriter writer) {
        this.writer = writer;
    }

    void generate(StreamModel stream) {
        ClassName name = stream.streamClass();
        TypeName config = stream.configType() != null ? stream.configType() : TypeVariableName.get("G");
        TypeName record = stream.record().type();
        TypeName cursor = RuntimeTypes.cursorType(stream);
        TypeName slice = RuntimeTypes.sliceType(stream);
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("Stream {@code $L}, as the runtime drives {@link $T}.\n", stream.name(), stream.type())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(
                        ParameterizedTypeName.get(GENERATED_STREAM, config, stream.type(), record, cursor, slice))
                .addField(FieldSpec.builder(STREAM_INFO, "INFO", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(CursorChoiceCode.info(stream, info(stream)))
                        .build());
        if (stream.configType() == null) {
            type.addTypeVariable(TypeVariableName.get("G"));
        }
        type.addMethod(override("info")
                .returns(STREAM_INFO)
                .addStatement("return INFO")
                .build());
        type.addMethod(override("create")
                .returns(stream.type())
                .addParameter(config, "config")
                .addException(Exception.class)
                .addStatement(stream.configType() != null ? "return new $T(config)" : "return new $T()", stream.type())
                .build());
        type.addMethod(
                ParentLinkCode.isChild(stream)
                        ? ParentLinkCode.slices(stream, slice, cursor)
                        : slices(stream, slice, cursor));
        type.addMethod(read(stream, record, slice, cursor));
        type.addMethod(cursor(stream, record, cursor));
        type.addMethod(primaryKey(stream, record));
        type.addMethod(override("recordWriter")
                .returns(ParameterizedTypeName.get(RECORD_WRITER, record))
                .addStatement("return $T.INSTANCE", stream.recordWriterClass())
                .build());
        MethodSpec window = WindowCode.window(stream, config);
        if (window != null) {
            type.addMethod(window);
        }
        type.addMethod(override("stateSerializer")
                .returns(ParameterizedTypeName.get(STATE_SERIALIZER, cursor, slice))
                .addStatement("return $T.INSTANCE", stream.stateSerializerClass())
                .build());
        if (stream.ownedState() != null) {
            type.addMethod(override("ownedState")
                    .returns(ParameterizedTypeName.get(
                            RuntimeTypes.OWNED_STATE,
                            stream.type(),
                            slice,
                            record,
                            WildcardTypeName.subtypeOf(Object.class)))
                    .addStatement("return $T.INSTANCE", stream.ownedStateClass())
                    .build());
        }
        if (ParentLinkCode.isChild(stream)) {
            ParentLinkCode.addTo(type, stream, config, slice);
        }
        if (CursorChoiceCode.choice(stream) != null) {
            type.addMethod(CursorChoiceCode.withCursor(stream, config, record, slice));
        }
        writer.write(name.packageName(), type, List.of(stream.origin()));
    }

    private static CodeBlock info(StreamModel stream) {
        CodeBlock keys = stream.primaryKey().stream()
                .map(p -> CodeBlock.of("$S", p.jsonName()))
                .collect(CodeBlock.joining(", "));
        SliceModel slices = stream.slices();
        if (stream.resumableFullRefresh()) {
            return CodeBlock.of(
                    "$T.resumableFullRefresh($S, $S, $T.of($L), $L)",
                    STREAM_INFO,
                    stream.name(),
                    stream.namespace(),
                    List.class,
                    keys,
                    stream.checkpointInterval());
        }
        if (slices != null && slices.partitions()) {
            // partitioned: the runtime drives the partitions as slices, each with its own cursor
            return CodeBlock.of(
                    "new $T($S, $S, $S, $T.of($L), $L, false, $L)",
                    STREAM_INFO,
                    stream.name(),
                    stream.namespace(),
                    stream.cursor().property().jsonName(),
                    List.class,
                    keys,
                    stream.checkpointInterval(),
                    slices.maxPartitions());
        }
        return CodeBlock.of(
                "new $T($S, $S, $S, $T.of($L), $L, $L)",
                STREAM_INFO,
                stream.name(),
                stream.namespace(),
                stream.cursor() == null ? null : stream.cursor().property().jsonName(),
                List.class,
                keys,
                stream.checkpointInterval(),
                slices != null);
    }

    private static MethodSpec slices(StreamModel stream, TypeName slice, TypeName cursor) {
        MethodSpec.Builder method = override("slices")
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), slice))
                .addParameter(stream.type(), "stream")
                .addParameter(cursor, "since")
                .addException(Exception.class);
        SliceModel slices = stream.slices();
        if (slices == null) {
            return method.addStatement("return $T.singletonList(null)", Collections.class)
                    .build();
        }
        // a partitions method takes no since: each partition has its own, given to read
        CodeBlock call = CodeBlock.of("stream.$L($L)", slices.method(), slices.takesSince() ? since(stream) : "");
        return collect(method, call, slices.shape(), slice).build();
    }

    /** Returns what {@code call} gives, a list, iterable or stream of {@code slice}, as a list. */
    static MethodSpec.Builder collect(
            MethodSpec.Builder method, CodeBlock call, StreamModel.Shape shape, TypeName slice) {
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), slice);
        TypeName arrayList = ParameterizedTypeName.get(ClassName.get(ArrayList.class), slice);
        switch (shape) {
            case LIST -> method.addStatement("return $L", call);
            case ITERABLE -> method.addStatement("$T result = new $T()", list, arrayList)
                    .beginControlFlow("for ($T slice : $L)", slice, call)
                    .addStatement("result.add(slice)")
                    .endControlFlow()
                    .addStatement("return result");
            case ITERATOR -> throw new IllegalStateException("@Slices cannot return an Iterator");
            case STREAM -> method.beginControlFlow(
                            "try ($T<$T> slices = $L)", java.util.stream.Stream.class, slice, call)
                    .addStatement("$T result = new $T()", list, arrayList)
                    .addStatement("slices.forEachOrdered(result::add)")
                    .addStatement("return result")
                    .endControlFlow();
        }
        return method;
    }

    private static MethodSpec read(StreamModel stream, TypeName record, TypeName slice, TypeName cursor) {
        ReadModel read = stream.read();
        List<CodeBlock> arguments = new ArrayList<>();
        if (read.takesSlice()) {
            arguments.add(CodeBlock.of("slice"));
        }
        if (read.takesSince()) {
            arguments.add(since(stream));
        }
        return override("read")
                .returns(ParameterizedTypeName.get(CLOSEABLE_ITERATOR, record))
                .addParameter(stream.type(), "stream")
                .addParameter(slice, "slice")
                .addParameter(cursor, "since")
                .addException(Exception.class)
                .addStatement(
                        "return $T.of(stream.$L($L))",
                        CLOSEABLE_ITERATOR,
                        read.method(),
                        CodeBlock.join(arguments, ", "))
                .build();
    }

    /**
     * What the author's method gets where it takes {@code since}: the cursor; for a stream that owns
     * its state, null here (a full refresh sync), as its {@code _OwnedState} passes the state itself.
     */
    private static CodeBlock since(StreamModel stream) {
        return stream.ownedState() != null ? CodeBlock.of("null") : CursorChoiceCode.since(stream);
    }

    private static MethodSpec cursor(StreamModel stream, TypeName record, TypeName cursor) {
        MethodSpec.Builder method = override("cursor").returns(cursor).addParameter(record, "record");
        if (stream.position() == null) {
            return method.addStatement("return null").build();
        }
        if (stream.cursor() == null) {
            method.addComment("resumable full refresh: the primary key stands where a cursor would");
        }
        return method.addStatement("return record.$L()", stream.position().getter())
                .build();
    }

    private static MethodSpec primaryKey(StreamModel stream, TypeName record) {
        MethodSpec.Builder method = override("primaryKey").returns(String.class).addParameter(record, "record");
        if (stream.primaryKey().isEmpty()) {
            return method.addStatement("return null").build();
        }
        method.addStatement("$T key = new $T()", KEY_BUILDER, KEY_BUILDER);
        java.util.Set<String> taken = new java.util.HashSet<>(java.util.Set.of("key", "record"));
        for (PropertyModel property : stream.primaryKey()) {
            String variable = property.javaName();
            for (int i = 2; !taken.add(variable); i++) {
                variable = property.javaName() + i;
            }
            TypeModel type = property.type();
            method.addStatement("$T $L = record.$L()", type.type(), variable, property.getter());
            CodeBlock add = keyPart(type, variable);
            if (type.nullable() && !usesNullSafeAdd(type)) {
                method.beginControlFlow("if ($L == null)", variable)
                        .addStatement("key.add(($T) null)", String.class)
                        .nextControlFlow("else")
                        .addStatement("key.add($L)", add)
                        .endControlFlow();
            } else {
                method.addStatement("key.add($L)", add);
            }
        }
        return method.addStatement("return key.build()").build();
    }

    /** Whether {@code KeyBuilder.add} takes the value (null included) as it is. */
    private static boolean usesNullSafeAdd(TypeModel type) {
        return switch (type.kind()) {
            case STRING, INT, LONG, SHORT, BYTE, BIG_INTEGER, FLOAT, DOUBLE, BIG_DECIMAL -> true;
            default -> false;
        };
    }

    /** The argument to {@code KeyBuilder.add}: the value in the form it has in JSON. */
    private static CodeBlock keyPart(TypeModel type, String variable) {
        return switch (type.kind()) {
            case STRING, BIG_INTEGER, BIG_DECIMAL, INT, LONG, SHORT, BYTE, DOUBLE, BOOLEAN -> CodeBlock.of(
                    "$L", variable);
                // a float goes in as a Float, so that its text is the short one JSON has
            case FLOAT -> type.type().isPrimitive()
                    ? CodeBlock.of("$T.valueOf($L)", Float.class, variable)
                    : CodeBlock.of("$L", variable);
            case CHAR -> CodeBlock.of("$T.valueOf($L)", String.class, variable);
            case ENUM -> CodeBlock.of("$L.name()", variable);
            case LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME, ZONED_DATE_TIME, INSTANT -> CodeBlock.of(
                    "$T.format($L)", JSON_VALUES, variable);
            case ARRAY, MAP, OBJECT -> throw new IllegalArgumentException("not a key type: " + type.kind());
        };
    }

    private static MethodSpec.Builder override(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }
}
