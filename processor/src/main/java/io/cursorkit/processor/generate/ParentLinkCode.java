package io.cursorkit.processor.generate;

import static io.cursorkit.processor.generate.RuntimeTypes.GENERATED_STREAM;
import static io.cursorkit.processor.generate.RuntimeTypes.JSON_VALUE_EXCEPTION;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.cursorkit.processor.model.JsonKind;
import io.cursorkit.processor.model.ParentModel;
import io.cursorkit.processor.model.StreamModel;
import io.cursorkit.processor.model.TypeModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The part of a child stream's {@code <Stream>_Stream} that links it to its parent ({@code
 * @Partitions(parent = ...)}): the class also implements {@code ParentLink}, creates the parent's
 * adapter, hands the parent's records to the author's partitions method, and reads a partition back
 * from its JSON form when its type is a scalar (what lets the runtime read the parent from a cursor).
 */
final class ParentLinkCode {
    static final ClassName PARENT_LINK = ClassName.get("io.cursorkit.runtime.spi", "ParentLink");

    private ParentLinkCode() {}

    /** Whether {@code stream} is a child stream. */
    static boolean isChild(StreamModel stream) {
        return parent(stream) != null;
    }

    /** Adds the link to {@code type}, the child's adapter whose config type is {@code config}. */
    static void addTo(TypeSpec.Builder type, StreamModel stream, TypeName config, TypeName slice) {
        ParentModel parent = parent(stream);
        WildcardTypeName any = WildcardTypeName.subtypeOf(Object.class);
        type.addSuperinterface(ParameterizedTypeName.get(PARENT_LINK, config, stream.type(), parent.record(), slice));
        type.addMethod(override("parentLink")
                .returns(ParameterizedTypeName.get(PARENT_LINK, config, stream.type(), any, slice))
                .addStatement("return this")
                .build());
        TypeName parentType = ParameterizedTypeName.get(GENERATED_STREAM, config, any, parent.record(), any, any);
        MethodSpec.Builder create = override("parent").returns(parentType);
        if (parent.generic() || !(config instanceof TypeVariableName)) {
            create.addStatement(parent.generic() ? "return new $T<>()" : "return new $T()", parent.streamClass());
        } else {
            // the parent takes the connector's config, this stream none: G is that config in the connector
            TypeName unknownConfig = ParameterizedTypeName.get(GENERATED_STREAM, any, any, parent.record(), any, any);
            create.addComment("$L takes the connector's config and this stream none: G is that config", parent.name())
                    .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                            .addMember("value", "$S", "unchecked")
                            .build())
                    .addStatement("return ($T) ($T) new $T()", parentType, unknownConfig, parent.streamClass());
        }
        type.addMethod(create.build());
        MethodSpec.Builder partitions = override("partitions")
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), slice))
                .addParameter(stream.type(), "stream")
                .addParameter(
                        ParameterizedTypeName.get(ClassName.get(java.util.stream.Stream.class), parent.record()),
                        "parentRecords")
                .addException(Exception.class);
        StreamGenerator.collect(
                partitions,
                CodeBlock.of("stream.$L(parentRecords)", stream.slices().method()),
                stream.slices().shape(),
                slice);
        type.addMethod(partitions.build());
        TypeModel json = stream.slices().json();
        boolean readable = json != null
                && json.kind() != JsonKind.ARRAY
                && json.kind() != JsonKind.MAP
                && json.kind() != JsonKind.OBJECT;
        type.addMethod(override("readsPartitions")
                .returns(boolean.class)
                .addStatement("return $L", readable)
                .build());
        MethodSpec.Builder read = override("readPartition")
                .returns(slice)
                .addParameter(JsonNode.class, "value")
                .addException(JSON_VALUE_EXCEPTION);
        JsonReadCode code = new JsonReadCode();
        if (readable) {
            read.addStatement("return $L", code.read(json, CodeBlock.of("value")));
        } else {
            read.addComment("$T is not read back: the runtime reads the parent $L whole", slice, parent.name())
                    .addStatement(
                            "throw new $T($S, value)",
                            JSON_VALUE_EXCEPTION,
                            "a partition of a type that is not read back from JSON");
        }
        type.addMethod(read.build());
        type.addMethods(code.methods());
    }

    /** The child's {@code slices}: never called, its partitions come from the parent. */
    static MethodSpec slices(StreamModel stream, TypeName slice, TypeName cursor) {
        return override("slices")
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), slice))
                .addParameter(stream.type(), "stream")
                .addParameter(cursor, "since")
                .addStatement(
                        "throw new $T($S)",
                        UnsupportedOperationException.class,
                        "the partitions of " + stream.name() + " come from its parent "
                                + parent(stream).name() + ": see partitions()")
                .build();
    }

    private static ParentModel parent(StreamModel stream) {
        return stream.slices() == null ? null : stream.slices().parent();
    }

    private static MethodSpec.Builder override(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }
}
