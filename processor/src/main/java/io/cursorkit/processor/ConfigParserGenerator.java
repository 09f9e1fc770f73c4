package io.cursorkit.processor;

import static io.cursorkit.processor.JsonReadCode.JSON_VALUE_EXCEPTION;
import static io.cursorkit.processor.JsonWriteCode.JSON_VALUES;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
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
    static final ClassName CONFIG_EXCEPTION = ClassName.get("io.cursorkit.runtime", "ConfigException");
    private static final ClassName READER = ClassName.get("", "Reader");
    private static final TypeName WARNINGS = ParameterizedTypeName.get(Consumer.class, String.class);
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
        type.addMethods(support());
        type.addType(TypeSpec.interfaceBuilder(READER)
                .addJavadoc("Reads one JSON value, through {@code JsonValues}.\n")
                .addModifiers(Modifier.PRIVATE)
                .addTypeVariable(TypeVariableName.get("T"))
                .addMethod(MethodSpec.methodBuilder("read")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(TypeVariableName.get("T"))
                        .addParameter(JsonNode.class, "node")
                        .addException(JSON_VALUE_EXCEPTION)
                        .build())
                .build());
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
                .addStatement("warnUnknown(node, path, $L, warnings)", known);
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
        CodeBlock path = CodeBlock.of("child(path, $S)", property.jsonName());
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $L", type.type(), variable)
                .addStatement("$T $L = node.get($S)", JsonNode.class, node, property.jsonName())
                .beginControlFlow("if ($L == null || $L.isNull())", node, node);
        if (property.required()) {
            code.addStatement("throw missing($L, $L, $L)", path, JsonReadCode.description(type), node);
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
                    "collection($L, $L, $L, $L, $L, new $T<>())",
                    node,
                    path,
                    secret,
                    reader(type.element()),
                    JsonReadCode.description(type),
                    type.collection().toString().equals("java.util.Set") ? LinkedHashSet.class : ArrayList.class);
            case MAP -> CodeBlock.of(
                    "map($L, $L, $L, $L, $L)",
                    node,
                    path,
                    secret,
                    reader(type.element()),
                    JsonReadCode.description(type));
            case OBJECT -> CodeBlock.of(
                    "$N(object($L, $L, $L, $S), $L, warnings)",
                    objectReader(type.object()),
                    node,
                    path,
                    secret,
                    JsonReadCode.describe(type),
                    path);
            default -> CodeBlock.of("value($L, $L, $L, $L)", node, path, secret, reader(type));
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

    /** The helpers every parser uses: paths, messages, and reading of arrays, maps and values. */
    private static List<MethodSpec> support() {
        TypeVariableName t = TypeVariableName.get("T");
        TypeName readerOfT = ParameterizedTypeName.get(READER, t);
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(MethodSpec.methodBuilder("child")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(String.class, "path")
                .addParameter(String.class, "name")
                .addStatement("return path.isEmpty() ? name : path + $S + name", ".")
                .build());
        methods.add(MethodSpec.methodBuilder("warnUnknown")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(JsonNode.class, "node")
                .addParameter(String.class, "path")
                .addParameter(ParameterizedTypeName.get(Set.class, String.class), "known")
                .addParameter(WARNINGS, "warnings")
                .addStatement("$T<$T> names = node.fieldNames()", Iterator.class, String.class)
                .beginControlFlow("while (names.hasNext())")
                .addStatement("$T name = names.next()", String.class)
                .beginControlFlow("if (!known.contains(name))")
                .addStatement(
                        "warnings.accept($S + child(path, name) + $S)",
                        "config property '",
                        "' is not in the spec and is ignored")
                .endControlFlow()
                .endControlFlow()
                .build());
        methods.add(MethodSpec.methodBuilder("missing")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(CONFIG_EXCEPTION)
                .addParameter(String.class, "property")
                .addParameter(String.class, "expected")
                .addParameter(JsonNode.class, "found")
                .addStatement(
                        "return new $T($S + property + (found == null ? $S : $S) + expected + $S)",
                        CONFIG_EXCEPTION,
                        "config property '",
                        "' is missing: expected ",
                        "' is null: expected ",
                        ". Add it to the config.")
                .build());
        methods.add(MethodSpec.methodBuilder("invalid")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(CONFIG_EXCEPTION)
                .addParameter(String.class, "property")
                .addParameter(JSON_VALUE_EXCEPTION, "e")
                .addParameter(TypeName.BOOLEAN, "secret")
                .addComment("a secret's value is never shown, only its JSON type")
                .addStatement(
                        "$T found = secret ? e.foundType() + $S : $T.describe(e.found())",
                        String.class,
                        " (the value is secret and not shown)",
                        JSON_VALUES)
                .addStatement(
                        "return new $T($S + property + $S + e.expected() + $S + found + $S)",
                        CONFIG_EXCEPTION,
                        "config property '",
                        "' is invalid: expected ",
                        ", found ",
                        ". Fix its value in the config.")
                .build());
        methods.add(MethodSpec.methodBuilder("value")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t)
                .returns(t)
                .addParameter(JsonNode.class, "node")
                .addParameter(String.class, "path")
                .addParameter(TypeName.BOOLEAN, "secret")
                .addParameter(readerOfT, "reader")
                .addException(CONFIG_EXCEPTION)
                .beginControlFlow("try")
                .addStatement("return reader.read(node)")
                .nextControlFlow("catch ($T e)", JSON_VALUE_EXCEPTION)
                .addStatement("throw invalid(path, e, secret)")
                .endControlFlow()
                .build());
        methods.add(MethodSpec.methodBuilder("object")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(JsonNode.class)
                .addParameter(JsonNode.class, "node")
                .addParameter(String.class, "path")
                .addParameter(TypeName.BOOLEAN, "secret")
                .addParameter(String.class, "expected")
                .addException(CONFIG_EXCEPTION)
                .beginControlFlow("if (!node.isObject())")
                .addStatement("throw invalid(path, new $T(expected, node), secret)", JSON_VALUE_EXCEPTION)
                .endControlFlow()
                .addStatement("return node")
                .build());
        TypeVariableName c = TypeVariableName.get("C", ParameterizedTypeName.get(ClassName.get(Collection.class), t));
        methods.add(MethodSpec.methodBuilder("collection")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t)
                .addTypeVariable(c)
                .returns(c)
                .addParameter(JsonNode.class, "node")
                .addParameter(String.class, "path")
                .addParameter(TypeName.BOOLEAN, "secret")
                .addParameter(readerOfT, "reader")
                .addParameter(String.class, "expected")
                .addParameter(c, "into")
                .addException(CONFIG_EXCEPTION)
                .beginControlFlow("if (!node.isArray())")
                .addStatement("throw invalid(path, new $T(expected, node), secret)", JSON_VALUE_EXCEPTION)
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < node.size(); i++)")
                .addStatement("into.add(value(node.get(i), path + $S + i + $S, secret, reader))", "[", "]")
                .endControlFlow()
                .addStatement("return into")
                .build());
        methods.add(MethodSpec.methodBuilder("map")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t)
                .returns(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), t))
                .addParameter(JsonNode.class, "node")
                .addParameter(String.class, "path")
                .addParameter(TypeName.BOOLEAN, "secret")
                .addParameter(readerOfT, "reader")
                .addParameter(String.class, "expected")
                .addException(CONFIG_EXCEPTION)
                .beginControlFlow("if (!node.isObject())")
                .addStatement("throw invalid(path, new $T(expected, node), secret)", JSON_VALUE_EXCEPTION)
                .endControlFlow()
                .addStatement("$T<$T, T> result = new $T<>()", Map.class, String.class, LinkedHashMap.class)
                .addStatement(
                        "$T<$T<$T, $T>> fields = node.fields()",
                        Iterator.class,
                        Map.Entry.class,
                        String.class,
                        JsonNode.class)
                .beginControlFlow("while (fields.hasNext())")
                .addStatement("$T<$T, $T> field = fields.next()", Map.Entry.class, String.class, JsonNode.class)
                .addStatement("result.put(field.getKey(), value(field.getValue(), child(path, field.getKey()), secret,"
                        + " reader))")
                .endControlFlow()
                .addStatement("return result")
                .build());
        return methods;
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
