package io.cursorkit.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.cursorkit.processor.model.JsonType;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.ReadModel;
import io.cursorkit.processor.model.ScalarKind;
import io.cursorkit.processor.model.SliceModel;
import io.cursorkit.processor.model.StreamModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Stream>_Stream}: the {@code GeneratedStream} that adapts the author's class,
 * whatever forms its {@code read} and {@code @Slices} methods take, to the one shape the runtime
 * drives.
 */
final class StreamGenerator {
    private static final String INTERNAL = "io.cursorkit.runtime.internal";
    static final ClassName GENERATED_STREAM = ClassName.get(INTERNAL, "GeneratedStream");
    private static final ClassName STREAM_INFO = ClassName.get(INTERNAL, "StreamInfo");
    private static final ClassName CLOSEABLE_ITERATOR = ClassName.get(INTERNAL, "CloseableIterator");
    private static final ClassName KEY_BUILDER = ClassName.get(INTERNAL, "KeyBuilder");
    private static final ClassName JAVA_STREAM = ClassName.get("java.util.stream", "Stream");

    private final boolean markGenerated;

    StreamGenerator(boolean markGenerated) {
        this.markGenerated = markGenerated;
    }

    TypeSpec generate(StreamModel stream) {
        TypeName record = stream.record().javaType();
        TypeName cursor = StateSerializerGenerator.cursorType(stream);
        TypeName slice = StateSerializerGenerator.sliceType(stream);
        TypeSpec.Builder type = GeneratedType.classBuilder(stream.streamImpl(), markGenerated, stream.origin())
                .addJavadoc(
                        "Stream {@code $L}, as the runtime drives {@link $T}.\n", stream.name(), stream.streamClass())
                .addSuperinterface(ParameterizedTypeName.get(
                        GENERATED_STREAM, stream.configType(), stream.streamClass(), record, cursor, slice))
                .addField(FieldSpec.builder(STREAM_INFO, "INFO", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(info(stream))
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(method("info")
                        .returns(STREAM_INFO)
                        .addStatement("return INFO")
                        .build())
                .addMethod(method("create")
                        .returns(stream.streamClass())
                        .addParameter(stream.configType(), "config")
                        .addException(Exception.class)
                        .addStatement(
                                stream.constructorTakesConfig() ? "return new $T(config)" : "return new $T()",
                                stream.streamClass())
                        .build())
                .addMethod(method("slices")
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), slice))
                        .addParameter(stream.streamClass(), "stream")
                        .addParameter(cursor, "since")
                        .addException(Exception.class)
                        .addCode(slices(stream, slice))
                        .build())
                .addMethod(method("read")
                        .returns(ParameterizedTypeName.get(CLOSEABLE_ITERATOR, record))
                        .addParameter(stream.streamClass(), "stream")
                        .addParameter(slice, "slice")
                        .addParameter(cursor, "since")
                        .addException(Exception.class)
                        .addCode(read(stream.read()))
                        .build())
                .addMethod(method("cursor")
                        .returns(cursor)
                        .addParameter(record, "record")
                        .addStatement(stream.cursor()
                                .map(c -> CodeBlock.of(
                                        "return record.$N()", c.property().getter()))
                                .orElse(CodeBlock.of("return null")))
                        .build())
                .addMethod(method("primaryKey")
                        .returns(String.class)
                        .addParameter(record, "record")
                        .addCode(primaryKey(stream.primaryKey()))
                        .build())
                .addMethod(method("recordWriter")
                        .returns(ParameterizedTypeName.get(RecordWriterGenerator.RECORD_WRITER, record))
                        .addStatement("return $T.INSTANCE", stream.recordWriter())
                        .build())
                .addMethod(method("stateSerializer")
                        .returns(ParameterizedTypeName.get(StateSerializerGenerator.STATE_SERIALIZER, cursor, slice))
                        .addStatement("return $T.INSTANCE", stream.stateSerializer())
                        .build());
        return type.build();
    }

    private static CodeBlock info(StreamModel stream) {
        CodeBlock keys = stream.primaryKey().stream()
                .map(p -> CodeBlock.of("$S", p.jsonName()))
                .collect(CodeBlock.joining(", "));
        return CodeBlock.of(
                "new $T($S, $L, $L, $T.of($L), $L, $L)",
                STREAM_INFO,
                stream.name(),
                stream.namespace() == null ? "null" : CodeBlock.of("$S", stream.namespace()),
                stream.cursor()
                        .map(c -> CodeBlock.of("$S", c.property().jsonName()))
                        .orElse(CodeBlock.of("null")),
                List.class,
                keys,
                stream.checkpointInterval(),
                stream.slices().isPresent());
    }

    private static CodeBlock slices(StreamModel stream, TypeName slice) {
        if (stream.slices().isEmpty()) {
            return CodeBlock.of("return $T.singletonList(null);\n", Collections.class);
        }
        SliceModel model = stream.slices().get();
        String message = "@Slices method " + model.methodName() + " returned null";
        CodeBlock call = CodeBlock.of("stream.$N($L)", model.methodName(), model.takesSince() ? "since" : "");
        CodeBlock.Builder code = CodeBlock.builder();
        switch (model.shape()) {
            case LIST -> code.addStatement(
                            "$T slices = $L", ParameterizedTypeName.get(ClassName.get(List.class), slice), call)
                    .addStatement("return $T.requireNonNull(slices, $S)", Objects.class, message);
            case ITERABLE -> code.addStatement(
                            "$T slices = $L", ParameterizedTypeName.get(ClassName.get(Iterable.class), slice), call)
                    .addStatement("$T.requireNonNull(slices, $S)", Objects.class, message)
                    .addStatement(
                            "$T list = new $T<>()",
                            ParameterizedTypeName.get(ClassName.get(List.class), slice),
                            ArrayList.class)
                    .addStatement("slices.forEach(list::add)")
                    .addStatement("return list");
            case STREAM -> code.beginControlFlow(
                            "try ($T slices = $L)", ParameterizedTypeName.get(JAVA_STREAM, slice), call)
                    .addStatement("return $T.requireNonNull(slices, $S).toList()", Objects.class, message)
                    .endControlFlow();
        }
        return code.build();
    }

    private static CodeBlock read(ReadModel read) {
        List<String> arguments = new ArrayList<>();
        if (read.takesSlice()) {
            arguments.add("slice");
        }
        if (read.takesSince()) {
            arguments.add("since");
        }
        return CodeBlock.builder()
                .addStatement("$T records = stream.read($L)", read.returnType(), String.join(", ", arguments))
                .addStatement("return $T.of(records)", CLOSEABLE_ITERATOR)
                .build();
    }

    private static CodeBlock primaryKey(List<PropertyModel> key) {
        if (key.isEmpty()) {
            return CodeBlock.of("return null;\n");
        }
        CodeBlock.Builder code = CodeBlock.builder().addStatement("$T key = new $T()", KEY_BUILDER, KEY_BUILDER);
        int index = 0;
        for (PropertyModel property : key) {
            CodeBlock value = CodeBlock.of("record.$N()", property.getter());
            JsonType type = property.type();
            if (type.javaType().isPrimitive()
                    && !(type instanceof JsonType.Scalar s && s.kind() == ScalarKind.CHAR)
                    && !(type instanceof JsonType.Scalar f && f.kind() == ScalarKind.FLOAT)) {
                code.addStatement("key.add($L)", value);
                continue;
            }
            String local = "part" + index++;
            code.addStatement("var $N = $L", local, value);
            code.add(keyPart(type, local));
        }
        return code.addStatement("return key.build()").build();
    }

    private static CodeBlock keyPart(JsonType type, String local) {
        if (type instanceof JsonType.EnumType) {
            return CodeBlock.of("key.add($N == null ? null : $N.name());\n", local, local);
        }
        JsonType.Scalar scalar = (JsonType.Scalar) type;
        boolean primitive = type.javaType().isPrimitive();
        return switch (scalar.kind()) {
            case STRING -> CodeBlock.of("key.add($N);\n", local);
            case CHAR -> primitive
                    ? CodeBlock.of("key.add($T.valueOf($N));\n", String.class, local)
                    : CodeBlock.of("key.add($N == null ? null : $N.toString());\n", local, local);
            case FLOAT -> primitive
                    ? CodeBlock.of("key.add($T.valueOf($N));\n", Float.class, local)
                    : CodeBlock.of("key.add($N);\n", local);
            case BYTE, SHORT, INT, LONG, BIG_INTEGER, DOUBLE, BIG_DECIMAL -> CodeBlock.of("key.add($N);\n", local);
            case BOOLEAN -> CodeBlock.builder()
                    .beginControlFlow("if ($N == null)", local)
                    .addStatement("key.add(($T) null)", String.class)
                    .nextControlFlow("else")
                    .addStatement("key.add($N.booleanValue())", local)
                    .endControlFlow()
                    .build();
            case LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME, ZONED_DATE_TIME, INSTANT -> CodeBlock.of(
                    "key.add($N == null ? null : $T.format($N));\n", local, JsonWriting.JSON_VALUES, local);
        };
    }

    private static MethodSpec.Builder method(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }
}
