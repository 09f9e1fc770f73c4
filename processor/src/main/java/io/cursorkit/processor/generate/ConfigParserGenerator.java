package io.cursorkit.processor.generate;

import static io.cursorkit.processor.generate.RuntimeTypes.CONFIG_EXCEPTION;
import static io.cursorkit.processor.generate.RuntimeTypes.CONFIG_VALUES;
import static io.cursorkit.processor.generate.RuntimeTypes.JSON_VALUES;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.JsonKind;
import io.cursorkit.processor.model.Names;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code parseConfig} and its helpers: the config JSON read property by property through
 * {@code JsonValues}, with messages that name the property, what it should be and (unless it is a
 * secret) what it was. No reflection.
 */
final class ConfigParserGenerator {
    static final TypeName WARNINGS = ParameterizedTypeName.get(Consumer.class, String.class);
    private static final Set<String> RESERVED = Set.of("node", "path", "warnings", "result", "known");

    private final JsonReadCode scalars = new JsonReadCode();
    private final Map<ClassName, MethodSpec> objectReaders = new LinkedHashMap<>();
    private final List<FieldSpec> fields = new ArrayList<>();

    /** Adds {@code parseConfig} and everything it calls to {@code type}. */
    void addTo(TypeSpec.Builder type, ConnectorModel connector) {
        String root = objectReader(connector.config());
        type.addMethod(MethodSpec.methodBuilder("parseConfig")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(connector.type())
                .addParameter(JsonNode.class, "config")
                .addParameter(WARNINGS, "warnings")
                .addException(CONFIG_EXCEPTION)
                .beginControlFlow("if (config == null || !config.isObject())")
                .addStatement(
                        "throw new $T($S + $T.describeType(config) + $S)",
                        CONFIG_EXCEPTION,
                        "the config must be a JSON object, found ",
                        JSON_VALUES,
                        ". Write it as {\"property\": value, ...}.")
                .endControlFlow()
                .addStatement("return $N(config, $S, warnings)", root, "")
                .build());
        type.addFields(fields);
        type.addMethods(objectReaders.values());
        type.addMethods(scalars.methods());
    }

    /** The name of the method that reads {@code object}, generated on first use. */
    private String objectReader(ObjectModel object) {
        MethodSpec existing = objectReaders.get(object.type());
        if (existing != null) {
            return existing.name();
        }
        String suffix = String.join("_", object.type().simpleNames());
        String name = "read" + suffix;
        String known = "PROPERTIES_" + Names.snakeCase(suffix).toUpperCase(java.util.Locale.ROOT);
        fields.add(FieldSpec.builder(
                        ParameterizedTypeName.get(Set.class, String.class),
                        known,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(
                        "$T.of($L)",
                        Set.class,
                        object.visible().stream()
                                .map(p -> CodeBlock.of("$S", p.jsonName()))
                                .collect(CodeBlock.joining(", ")))
                .build());
        objectReaders.put(object.type(), MethodSpec.methodBuilder(name).build());
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(object.type())
                .addParameter(JsonNode.class, "node")
                .addParameter(String.class, "path")
                .addParameter(WARNINGS, "warnings")
                .addException(CONFIG_EXCEPTION)
                .addStatement("$T.warnUnknown(node, path, $L, warnings)", CONFIG_VALUES, known);
        for (PropertyModel property : object.visible()) {
            method.addCode(readProperty(property));
        }
        method.addCode(construct(object));
        objectReaders.put(object.type(), method.build());
        return name;
    }

    private CodeBlock readProperty(PropertyModel property) {
        TypeModel type = property.type();
        String variable = variable(property);
        String node = variable + "Node";
        CodeBlock path = CodeBlock.of("$T.child(path, $S)", CONFIG_VALUES, property.jsonName());
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $L", type.type(), variable)
                .addStatement("$T $L = node.get($S)", JsonNode.class, node, property.jsonName())
                .beginControlFlow("if ($L == null || $L.isNull())", node, node);
        if (property.required()) {
            code.addStatement(
                    "throw $T.missing($L, $L, $L)", CONFIG_VALUES, path, JsonReadCode.description(type), node);
        } else {
            code.addStatement("$L = null", variable);
        }
        return code.nextControlFlow("else")
                .addStatement("$L = $L", variable, read(type, node, path, property.secret()))
                .endControlFlow()
                .build();
    }

    private CodeBlock read(TypeModel type, String node, CodeBlock path, boolean secret) {
        return switch (type.kind()) {
            case ARRAY -> CodeBlock.of(
                    "$T.collection($L, $L, $L, $L, $L, new $T<>())",
                    CONFIG_VALUES,
                    node,
                    path,
                    secret,
                    reader(type.element()),
                    JsonReadCode.description(type),
                    type.collection().toString().equals("java.util.Set") ? LinkedHashSet.class : ArrayList.class);
            case MAP -> CodeBlock.of(
                    "$T.map($L, $L, $L, $L, $L)",
                    CONFIG_VALUES,
                    node,
                    path,
                    secret,
                    reader(type.element()),
                    JsonReadCode.description(type));
            case OBJECT -> CodeBlock.of(
                    "$N($T.object($L, $L, $L, $S), $L, warnings)",
                    objectReader(type.object()),
                    CONFIG_VALUES,
                    node,
                    path,
                    secret,
                    JsonReadCode.describe(type),
                    path);
            default -> CodeBlock.of("$T.value($L, $L, $L, $L)", CONFIG_VALUES, node, path, secret, reader(type));
        };
    }

    private CodeBlock reader(TypeModel scalar) {
        return CodeBlock.of("n -> $L", scalars.read(scalar, CodeBlock.of("n")));
    }

    private static CodeBlock construct(ObjectModel object) {
        if (object.isRecord()) {
            CodeBlock arguments = object.properties().stream()
                    .map(p -> p.ignored() ? defaultValue(p.type().type()) : CodeBlock.of("$L", variable(p)))
                    .collect(CodeBlock.joining(", "));
            return CodeBlock.of("return new $T($L);\n", object.type(), arguments);
        }
        CodeBlock.Builder code = CodeBlock.builder().addStatement("$T result = new $T()", object.type(), object.type());
        for (PropertyModel property : object.visible()) {
            code.addStatement("result.$L($L)", property.setter(), variable(property));
        }
        return code.addStatement("return result").build();
    }

    private static CodeBlock defaultValue(TypeName type) {
        if (!type.isPrimitive()) {
            return CodeBlock.of("null");
        }
        return CodeBlock.of(type.equals(TypeName.BOOLEAN) ? "false" : type.equals(TypeName.CHAR) ? "'\\0'" : "0");
    }

    private static String variable(PropertyModel property) {
        return RESERVED.contains(property.javaName()) ? property.javaName() + "_" : property.javaName();
    }

    /** The dotted JSON paths of every {@code @Secret} property, nested objects included. */
    static List<String> secretPaths(ObjectModel object) {
        List<String> paths = new ArrayList<>();
        collectSecrets(object, "", paths);
        return paths;
    }

    private static void collectSecrets(ObjectModel object, String prefix, List<String> paths) {
        for (PropertyModel property : object.visible()) {
            String path = prefix + property.jsonName();
            if (property.secret()) {
                paths.add(path);
            } else if (property.type().kind() == JsonKind.OBJECT) {
                collectSecrets(property.type().object(), path + ".", paths);
            }
        }
    }
}
