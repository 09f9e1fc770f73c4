package io.cursorkit.processor.generate;

import static io.cursorkit.processor.generate.RuntimeTypes.CONNECTOR_DEFINITION;
import static io.cursorkit.processor.generate.RuntimeTypes.GENERATED_STREAM;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.StreamModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Config>_Connector}: the spec and catalog as constants, {@code parseConfig},
 * {@code check}, {@code secretPaths} and the streams in catalog order.
 */
final class ConnectorGenerator {
    /** The most UTF-8 bytes a class file constant may have. */
    static final int CONSTANT_LIMIT = 65535;
    /** Characters per piece of a string too long for one constant; 3 UTF-8 bytes each at most. */
    private static final int CHUNK = 16_000;

    private final SourceWriter writer;

    ConnectorGenerator(SourceWriter writer) {
        this.writer = writer;
    }

    void generate(ConnectorModel connector, List<StreamModel> streams, String specJson, String catalogJson) {
        ClassName name = connector.connectorClass();
        ClassName config = connector.type();
        TypeName wildcard = WildcardTypeName.subtypeOf(Object.class);
        TypeName streamType =
                ParameterizedTypeName.get(GENERATED_STREAM, config, wildcard, wildcard, wildcard, wildcard);
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("Connector {@code $L}, configured by {@link $T}.\n", connector.name(), config)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(CONNECTOR_DEFINITION, config))
                .addField(constant("SPEC_JSON", specJson))
                .addField(constant("CATALOG_JSON", catalogJson))
                .addField(FieldSpec.builder(
                                ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)),
                                "SECRET_PATHS",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer(
                                "$T.of($L)", List.class, strings(ConfigParserGenerator.secretPaths(connector.config())))
                        .build())
                .addMethod(getter("name", TypeName.get(String.class), CodeBlock.of("$S", connector.name())))
                .addMethod(getter("specJson", TypeName.get(String.class), CodeBlock.of("SPEC_JSON")))
                .addMethod(getter("catalogJson", TypeName.get(String.class), CodeBlock.of("CATALOG_JSON")))
                .addMethod(check(connector))
                .addMethod(getter(
                        "secretPaths",
                        ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)),
                        CodeBlock.of("SECRET_PATHS")))
                .addMethod(getter(
                        "streams",
                        ParameterizedTypeName.get(ClassName.get(List.class), streamType),
                        streamList(streams, streamType)));
        if (connector.concurrent()) {
            type.addMethod(getter("maxConcurrency", TypeName.INT, CodeBlock.of("$L", connector.maxConcurrency())));
        }
        new ConfigParserGenerator().addTo(type, connector);
        List<Element> origins = new ArrayList<>();
        origins.add(connector.origin());
        streams.forEach(s -> origins.add(s.origin()));
        writer.write(name.packageName(), type, origins);
    }

    /**
     * A {@code public static final String}: a compile-time constant when it fits in the class file's
     * constant pool, otherwise joined at class initialisation from pieces that do.
     */
    static FieldSpec constant(String name, String value) {
        FieldSpec.Builder field =
                FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        if (value.getBytes(StandardCharsets.UTF_8).length <= CONSTANT_LIMIT) {
            return field.initializer("$S", value).build();
        }
        List<CodeBlock> pieces = new ArrayList<>();
        int start = 0;
        while (start < value.length()) {
            int end = Math.min(value.length(), start + CHUNK);
            if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
                end--;
            }
            pieces.add(CodeBlock.of("$S", value.substring(start, end)));
            start = end;
        }
        return field.addJavadoc(
                        "Too long for one class file constant, so joined from pieces at class initialisation.\n")
                .initializer("$T.join($S,\n$L)", String.class, "", CodeBlock.join(pieces, ",\n"))
                .build();
    }

    private static MethodSpec check(ConnectorModel connector) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("check")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(connector.type(), "config")
                .addException(Exception.class);
        if (connector.hasCheck()) {
            method.addStatement("config.check()");
        } else {
            method.addComment("$T declares no check() method", connector.type());
        }
        return method.build();
    }

    private static CodeBlock streamList(List<StreamModel> streams, TypeName streamType) {
        CodeBlock items = StreamModel.catalogOrder(streams).stream()
                .map(s -> s.configType() == null
                        ? CodeBlock.of("new $T<>()", s.streamClass())
                        : CodeBlock.of("new $T()", s.streamClass()))
                .collect(CodeBlock.joining(",\n"));
        return CodeBlock.of("$T.<$T>of(\n$>$>$L$<$<)", List.class, streamType, items);
    }

    private static CodeBlock strings(List<String> values) {
        return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    }

    private static MethodSpec getter(String name, TypeName type, CodeBlock value) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $L", value)
                .build();
    }
}
