package io.cursorkit.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.JsonType;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.StreamModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Config>_Connector}: the {@code ConnectorDefinition} with the spec and catalog
 * as constants, the generated config parser, {@code check} and the streams in catalog order.
 */
final class ConnectorGenerator {
    private static final ClassName CONNECTOR_DEFINITION =
            ClassName.get("io.cursorkit.runtime.internal", "ConnectorDefinition");

    private final boolean markGenerated;

    ConnectorGenerator(boolean markGenerated) {
        this.markGenerated = markGenerated;
    }

    /**
     * @param streams in catalog order
     */
    TypeSpec generate(ConnectorModel connector, List<StreamModel> streams, String specJson, String catalogJson) {
        ClassName config = connector.configType();
        List<Element> origins = new ArrayList<>();
        origins.add(connector.origin());
        streams.forEach(s -> origins.add(s.origin()));
        Helpers helpers = new Helpers();
        ConfigParsing parsing = new ConfigParsing(helpers);
        TypeName streamType = ParameterizedTypeName.get(
                StreamGenerator.GENERATED_STREAM, config, wildcard(), wildcard(), wildcard(), wildcard());
        TypeName streamList = ParameterizedTypeName.get(ClassName.get(List.class), streamType);
        CodeBlock streamInstances = streams.stream()
                .map(s -> CodeBlock.of("new $T()", s.streamImpl()))
                .collect(CodeBlock.joining(", "));
        TypeSpec.Builder type = GeneratedType.classBuilder(
                        connector.definitionClass(), markGenerated, origins.toArray(new Element[0]))
                .addJavadoc("The connector {@code $L}, configured by {@link $T}.\n", connector.name(), config)
                .addSuperinterface(ParameterizedTypeName.get(CONNECTOR_DEFINITION, config))
                .addField(constant("NAME", CodeBlock.of("$S", connector.name())))
                .addField(constant("SPEC_JSON", JsonConstants.initializer(specJson)))
                .addField(constant("CATALOG_JSON", JsonConstants.initializer(catalogJson)))
                .addField(FieldSpec.builder(streamList, "STREAMS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of($L)", List.class, streamInstances)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(method("name")
                        .returns(String.class)
                        .addStatement("return NAME")
                        .build())
                .addMethod(method("specJson")
                        .returns(String.class)
                        .addStatement("return SPEC_JSON")
                        .build())
                .addMethod(method("catalogJson")
                        .returns(String.class)
                        .addStatement("return CATALOG_JSON")
                        .build())
                .addMethod(method("parseConfig")
                        .returns(config)
                        .addParameter(JsonReading.JSON_NODE, "config")
                        .addParameter(
                                ParameterizedTypeName.get(ClassName.get(Consumer.class), ClassName.get(String.class)),
                                "warnings")
                        .addException(ConfigParsing.CONFIG_EXCEPTION)
                        .beginControlFlow("if (config == null || !config.isObject())")
                        .addStatement(
                                "throw new $T($S + $T.describeType(config) + $S)",
                                ConfigParsing.CONFIG_EXCEPTION,
                                "the config must be a JSON object, found ",
                                JsonWriting.JSON_VALUES,
                                ". Write it as {\"property\": value, ...}.")
                        .endControlFlow()
                        .addStatement("return $N(config, $S, warnings)", parsing.parser(connector.config()), "")
                        .build())
                .addMethod(method("check")
                        .addParameter(config, "config")
                        .addException(Exception.class)
                        .addCode(connector.hasCheck() ? CodeBlock.of("config.check();\n") : CodeBlock.of(""))
                        .build())
                .addMethod(method("secretPaths")
                        .returns(ParameterizedTypeName.get(List.class, String.class))
                        .addStatement("return $T.of($L)", List.class, secretPaths(connector.config()))
                        .build())
                .addMethod(method("streams")
                        .returns(streamList)
                        .addStatement("return STREAMS")
                        .build())
                .addMethod(MethodSpec.methodBuilder("missing")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(ConfigParsing.CONFIG_EXCEPTION)
                        .addParameter(String.class, "path")
                        .addParameter(String.class, "expected")
                        .addStatement(
                                "return new $T($S + path + $S + expected + $S)",
                                ConfigParsing.CONFIG_EXCEPTION,
                                "config property '",
                                "' is missing: expected ",
                                ". Add it to the config.")
                        .build())
                .addMethod(MethodSpec.methodBuilder("invalid")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(ConfigParsing.CONFIG_EXCEPTION)
                        .addParameter(String.class, "path")
                        .addParameter(JsonReading.JSON_VALUE_EXCEPTION, "e")
                        .addParameter(TypeName.BOOLEAN, "secret")
                        .addComment("a secret's value never goes into a message, only its JSON type")
                        .addStatement(
                                "$T found = secret ? e.foundType() : $T.describe(e.found())",
                                String.class,
                                JsonWriting.JSON_VALUES)
                        .addStatement(
                                "return new $T($S + path + $S + e.expected() + $S + found + $S)",
                                ConfigParsing.CONFIG_EXCEPTION,
                                "config property '",
                                "' is invalid: expected ",
                                ", found ",
                                ". Fix its value in the config.")
                        .build());
        helpers.addTo(type);
        return type.build();
    }

    private static CodeBlock secretPaths(JsonType.ObjectType config) {
        List<String> paths = new ArrayList<>();
        collectSecrets(config, "", paths);
        return paths.stream().map(p -> CodeBlock.of("$S", p)).collect(CodeBlock.joining(", "));
    }

    private static void collectSecrets(JsonType.ObjectType type, String prefix, List<String> paths) {
        for (PropertyModel property : type.properties()) {
            String path = prefix + property.jsonName();
            if (property.secret()) {
                paths.add(path);
            }
            JsonType inner = property.type();
            while (inner instanceof JsonType.ArrayType array) {
                inner = array.items();
            }
            if (inner instanceof JsonType.MapType map) {
                inner = map.values();
            }
            if (inner instanceof JsonType.ObjectType object) {
                collectSecrets(object, path + ".", paths);
            }
        }
    }

    private static FieldSpec constant(String name, CodeBlock value) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer(value)
                .build();
    }

    private static WildcardTypeName wildcard() {
        return WildcardTypeName.subtypeOf(Object.class);
    }

    private static MethodSpec.Builder method(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }
}
