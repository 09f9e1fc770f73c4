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
import io.cursorkit.processor.model.ChoiceModel;
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
    /** Names of the reader's parameters and of lambda parameters, which a property's variable must not take. */
    private static final Set<String> RESERVED = Set.of("node", "path", "warnings", "result", "known", "n", "p");

    private final JsonReadCode scalars = new JsonReadCode();
    /** What the generated readers call to read values and report problems: {@code ConfigValues}, or {@code StateValues}. */
    private final ClassName values;
    /** The reader methods by what they read: a type, or an option type with its choice's discriminator. */
    private final Map<String, MethodSpec> objectReaders = new LinkedHashMap<>();

    private final Set<String> names = new java.util.HashSet<>();
    private final List<FieldSpec> fields = new ArrayList<>();

    /** A generator of config parsers. */
    ConfigParserGenerator() {
        this(CONFIG_VALUES);
    }

    /**
     * A generator of readers whose messages come from {@code values} ({@code StateValues} for a stream's
     * own state), through {@link #readerOf}, {@link #scalarReader} and {@link #addReadersTo}.
     */
    ConfigParserGenerator(ClassName values) {
        this.values = values;
    }

    /**
     * The name of the generated method {@code static T readT(JsonNode node, String path,
     * Consumer<String> warnings) throws ConfigException} that reads {@code object}.
     */
    String readerOf(ObjectModel object) {
        return objectReader(object);
    }

    /** A {@code ConfigValues.Reader} lambda reading the scalar {@code type}. */
    CodeBlock scalarReader(TypeModel type) {
        return reader(type);
    }

    /** Adds the readers made so far, and the constants and helpers they use, to {@code type}. */
    void addReadersTo(TypeSpec.Builder type) {
        type.addFields(fields);
        type.addMethods(objectReaders.values());
        type.addMethods(scalars.methods());
    }

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
        return objectReader(object, null);
    }

    /**
     * The name of the method that reads {@code object}, generated on first use; as an option of a
     * choice, its {@code discriminator} is a known property too.
     */
    private String objectReader(ObjectModel object, String discriminator) {
        String key = object.type() + (discriminator == null ? "" : "#" + discriminator);
        MethodSpec existing = objectReaders.get(key);
        if (existing != null) {
            return existing.name();
        }
        String suffix = String.join("_", object.type().simpleNames());
        String name = unique("read" + suffix);
        String known = unique("PROPERTIES_" + Names.snakeCase(suffix).toUpperCase(java.util.Locale.ROOT));
        List<CodeBlock> knownNames = new ArrayList<>();
        if (discriminator != null) {
            knownNames.add(CodeBlock.of("$S", discriminator));
        }
        object.visible().forEach(p -> knownNames.add(CodeBlock.of("$S", p.jsonName())));
        fields.add(FieldSpec.builder(
                        ParameterizedTypeName.get(Set.class, String.class),
                        known,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("$T.of($L)", Set.class, CodeBlock.join(knownNames, ", "))
                .build());
        objectReaders.put(key, MethodSpec.methodBuilder(name).build());
        MethodSpec.Builder method =
                reader(name, object.type()).addStatement("$T.warnUnknown(node, path, $L, warnings)", values, known);
        for (PropertyModel property : object.visible()) {
            method.addCode(readProperty(property));
        }
        method.addCode(construct(object));
        objectReaders.put(key, method.build());
        return name;
    }

    /**
     * The name of the method that reads a sealed choice: it reads the discriminator and hands the
     * object to the chosen option's reader.
     */
    private String choiceReader(ChoiceModel choice) {
        String key = choice.type().toString();
        MethodSpec existing = objectReaders.get(key);
        if (existing != null) {
            return existing.name();
        }
        String suffix = String.join("_", choice.type().simpleNames());
        String name = unique("read" + suffix);
        String allowed = unique("VALUES_" + Names.snakeCase(suffix).toUpperCase(java.util.Locale.ROOT));
        fields.add(FieldSpec.builder(
                        ParameterizedTypeName.get(List.class, String.class),
                        allowed,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(
                        "$T.of($L)",
                        List.class,
                        choice.values().stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ")))
                .build());
        objectReaders.put(key, MethodSpec.methodBuilder(name).build());
        MethodSpec.Builder method = reader(name, choice.type())
                .beginControlFlow(
                        "switch ($T.discriminator(node, path, $S, $L))", values, choice.discriminator(), allowed);
        for (ChoiceModel.Option option : choice.options()) {
            method.addStatement(
                    "case $S: return $N(node, path, warnings)",
                    option.value(),
                    objectReader(option.object(), choice.discriminator()));
        }
        method.addStatement("default: throw new $T($S + path)", IllegalStateException.class, "no option read at ")
                .endControlFlow();
        objectReaders.put(key, method.build());
        return name;
    }

    private static MethodSpec.Builder reader(String name, TypeName type) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(type)
                .addParameter(JsonNode.class, "node")
                .addParameter(String.class, "path")
                .addParameter(WARNINGS, "warnings")
                .addException(CONFIG_EXCEPTION);
    }

    /** {@code name}, or {@code name2}, {@code name3}... when a member of that name exists already. */
    private String unique(String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate); i++) {
            candidate = name + i;
        }
        return candidate;
    }

    private CodeBlock readProperty(PropertyModel property) {
        TypeModel type = property.type();
        String variable = variable(property);
        String node = variable + "Node";
        CodeBlock path = CodeBlock.of("$T.child(path, $S)", values, property.jsonName());
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $L", type.type(), variable)
                .addStatement("$T $L = node.get($S)", JsonNode.class, node, property.jsonName())
                .beginControlFlow("if ($L == null || $L.isNull())", node, node);
        if (property.required()) {
            code.addStatement("throw $T.missing($L, $L, $L)", values, path, JsonReadCode.description(type), node);
        } else {
            code.addStatement("$L = null", variable);
        }
        return code.nextControlFlow("else")
                .addStatement("$L = $L", variable, read(type, node, path, property.secret()))
                .endControlFlow()
                .build();
    }

    /**
     * Reads a property's value. A list, map or choice whose items or options hold a secret does not
     * show a value of the wrong shape in its message: the secret's path would not find it there.
     */
    private CodeBlock read(TypeModel type, String node, CodeBlock path, boolean secret) {
        boolean scalarElement = type.element() != null && type.element().kind().isScalar();
        boolean hidden = secret || (type.kind() != JsonKind.OBJECT || type.isChoice()) && hasSecrets(type);
        return switch (type.kind()) {
            case ARRAY -> CodeBlock.of(
                    "$T.$L($L, $L, $L, $L, $L, new $T<>())",
                    values,
                    scalarElement ? "collection" : "objectCollection",
                    node,
                    path,
                    hidden,
                    scalarElement ? reader(type.element()) : objectElement(type.element(), hidden),
                    JsonReadCode.description(type),
                    type.collection().toString().equals("java.util.Set") ? LinkedHashSet.class : ArrayList.class);
            case MAP -> CodeBlock.of(
                    "$T.$L($L, $L, $L, $L, $L)",
                    values,
                    scalarElement ? "map" : "objectMap",
                    node,
                    path,
                    hidden,
                    scalarElement ? reader(type.element()) : objectElement(type.element(), hidden),
                    JsonReadCode.description(type));
            case OBJECT -> readObject(type, CodeBlock.of("$L", node), path, hidden);
            default -> CodeBlock.of("$T.value($L, $L, $L, $L)", values, node, path, secret, reader(type));
        };
    }

    /** Whether a value of {@code type} may hold a {@code @Secret} property. */
    private static boolean hasSecrets(TypeModel type) {
        return switch (type.kind()) {
            case OBJECT -> type.isChoice()
                    ? type.choice().options().stream().anyMatch(o -> hasSecrets(o.object()))
                    : hasSecrets(type.object());
            case ARRAY, MAP -> hasSecrets(type.element());
            default -> false;
        };
    }

    private static boolean hasSecrets(ObjectModel object) {
        return object.visible().stream().anyMatch(p -> p.secret() || hasSecrets(p.type()));
    }

    /** An object or a choice: checked to be a JSON object, then read by its reader method. */
    private CodeBlock readObject(TypeModel type, CodeBlock node, CodeBlock path, boolean secret) {
        return CodeBlock.of(
                "$N($T.object($L, $L, $L, $S), $L, warnings)",
                type.isChoice() ? choiceReader(type.choice()) : objectReader(type.object()),
                values,
                node,
                path,
                secret,
                JsonReadCode.describe(type),
                path);
    }

    /** The {@code ObjectReader} of a list's or map's objects, each read at its own path. */
    private CodeBlock objectElement(TypeModel element, boolean secret) {
        return CodeBlock.of("(n, p) -> $L", readObject(element, CodeBlock.of("n"), CodeBlock.of("p"), secret));
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
                add(paths, path);
            } else {
                collectSecrets(property.type(), path, paths);
            }
        }
    }

    /**
     * The secrets inside a value at {@code path}: in a record, in every option of a choice (absent
     * from a config that chose another), and in every element of a list or value of a map ({@code *}).
     */
    private static void collectSecrets(TypeModel type, String path, List<String> paths) {
        switch (type.kind()) {
            case OBJECT -> {
                if (type.isChoice()) {
                    type.choice().options().forEach(option -> collectSecrets(option.object(), path + ".", paths));
                } else {
                    collectSecrets(type.object(), path + ".", paths);
                }
            }
            case ARRAY, MAP -> collectSecrets(type.element(), path + ".*", paths);
            default -> {}
        }
    }

    private static void add(List<String> paths, String path) {
        if (!paths.contains(path)) {
            paths.add(path);
        }
    }
}
