package io.cursorkit.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.cursorkit.processor.model.JsonType;
import io.cursorkit.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Generates the config parser: one private static method per config object type that checks
 * every property against the spec and builds the typed value, without reflection. Errors name
 * the property by its dotted JSON path; values of secrets are never put into a message.
 */
final class ConfigParsing {
    static final ClassName CONFIG_EXCEPTION = ClassName.get("io.cursorkit.runtime", "ConfigException");

    private final Helpers helpers;
    private final JsonReading reading;

    ConfigParsing(Helpers helpers) {
        this.helpers = helpers;
        this.reading = new JsonReading(helpers);
    }

    /** The method that parses an object node of {@code type}: {@code (node, path, warnings)}. */
    String parser(JsonType.ObjectType type) {
        String name = "parse" + String.join("_", type.javaType().simpleNames());
        return helpers.method(name, () -> MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(type.javaType())
                .addParameter(JsonReading.JSON_NODE, "node")
                .addParameter(String.class, "path")
                .addParameter(
                        ParameterizedTypeName.get(ClassName.get(Consumer.class), ClassName.get(String.class)),
                        "warnings")
                .addException(CONFIG_EXCEPTION)
                .addCode(unknownProperties(type))
                .addCode(properties(type))
                .build());
    }

    private static CodeBlock unknownProperties(JsonType.ObjectType type) {
        CodeBlock warn = CodeBlock.of(
                "warnings.accept($S + path + name + $S);\n",
                "config property '",
                "' is not in the spec and is ignored");
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T<$T> names = node.fieldNames()", Iterator.class, String.class)
                .beginControlFlow("while (names.hasNext())")
                .addStatement("$T name = names.next()", String.class);
        if (type.properties().isEmpty()) {
            code.add(warn);
        } else {
            code.beginControlFlow("switch (name)");
            for (PropertyModel property : type.properties()) {
                code.add("case $S:\n", property.jsonName());
            }
            code.indent().addStatement("break").unindent();
            code.add("default:\n").indent().add(warn).unindent();
            code.endControlFlow();
        }
        return code.endControlFlow().build();
    }

    private CodeBlock properties(JsonType.ObjectType type) {
        CodeBlock.Builder code = CodeBlock.builder();
        List<String> values = new ArrayList<>();
        for (PropertyModel property : type.properties()) {
            String node = property.javaName() + "Node";
            String value = property.javaName() + "Value";
            values.add(value);
            CodeBlock path = CodeBlock.of("path + $S", property.jsonName());
            code.addStatement("$T $N = node.get($S)", JsonReading.JSON_NODE, node, property.jsonName());
            if (property.required()) {
                code.beginControlFlow("if ($N == null || $N.isNull())", node, node)
                        .addStatement("throw missing($L, $L)", path, JsonReading.expected(property.type()))
                        .endControlFlow()
                        .addStatement("$T $N", property.type().javaType(), value)
                        .add(assign(property.type(), node, path, value, property.secret()));
            } else {
                code.addStatement("$T $N = null", property.type().javaType(), value)
                        .beginControlFlow("if ($N != null && !$N.isNull())", node, node)
                        .add(assign(property.type(), node, path, value, property.secret()))
                        .endControlFlow();
            }
        }
        if (type.isRecord()) {
            return code.addStatement("return new $T($L)", type.javaType(), String.join(", ", values))
                    .build();
        }
        code.addStatement("$T config = new $T()", type.javaType(), type.javaType());
        for (int i = 0; i < values.size(); i++) {
            code.addStatement("config.$N($N)", type.properties().get(i).setter(), values.get(i));
        }
        return code.addStatement("return config").build();
    }

    /** Statements that set {@code target} from {@code node}, which is neither missing nor null. */
    private CodeBlock assign(JsonType type, String node, CodeBlock path, String target, boolean secret) {
        if (JsonReading.isValue(type)) {
            return CodeBlock.builder()
                    .beginControlFlow("try")
                    .addStatement("$N = $L", target, reading.read(type, CodeBlock.of("$N", node)))
                    .nextControlFlow("catch ($T e)", JsonReading.JSON_VALUE_EXCEPTION)
                    .addStatement("throw invalid($L, e, $L)", path, secret)
                    .endControlFlow()
                    .build();
        }
        CodeBlock.Builder code = CodeBlock.builder();
        String check = type instanceof JsonType.ArrayType ? "isArray" : "isObject";
        code.beginControlFlow("if (!$N.$N())", node, check)
                .addStatement(
                        "throw invalid($L, new $T($L, $N), $L)",
                        path,
                        JsonReading.JSON_VALUE_EXCEPTION,
                        JsonReading.expected(type),
                        node,
                        secret)
                .endControlFlow();
        if (type instanceof JsonType.ObjectType object) {
            return code.addStatement("$N = $N($N, $L + $S, warnings)", target, parser(object), node, path, ".")
                    .build();
        }
        if (type instanceof JsonType.MapType map) {
            String values = helpers.local("map");
            String entry = helpers.local("entry");
            String itemNode = helpers.local("valueNode");
            String item = helpers.local("value");
            TypeName valueType = map.values().javaType().box();
            CodeBlock itemPath = CodeBlock.of("$L + $S + $N.getKey()", path, ".", entry);
            return code.addStatement(
                            "$T<$T, $T> $N = new $T<>()",
                            Map.class,
                            String.class,
                            valueType,
                            values,
                            LinkedHashMap.class)
                    .beginControlFlow("for (var $N : $N.properties())", entry, node)
                    .addStatement("$T $N = $N.getValue()", JsonReading.JSON_NODE, itemNode, entry)
                    .add(item(map.values(), itemNode, itemPath, item, secret))
                    .addStatement("$N.put($N.getKey(), $N)", values, entry, item)
                    .endControlFlow()
                    .addStatement("$N = $T.unmodifiableMap($N)", target, Collections.class, values)
                    .build();
        }
        JsonType.ArrayType array = (JsonType.ArrayType) type;
        String index = helpers.local("i");
        String itemNode = helpers.local("itemNode");
        String item = helpers.local("item");
        CodeBlock itemPath = CodeBlock.of("$L + $S + $N + $S", path, "[", index, "]");
        boolean isArray = array.shape() == JsonType.ArrayType.Shape.ARRAY;
        TypeName itemType =
                isArray ? array.items().javaType() : array.items().javaType().box();
        String items = helpers.local("items");
        if (isArray) {
            code.addStatement(
                    "$T $N = new $T[$N.size()]",
                    array.javaType(),
                    items,
                    array.items().javaType(),
                    node);
        } else {
            code.addStatement("$T<$T> $N = new $T<>($N.size())", List.class, itemType, items, ArrayList.class, node);
        }
        code.beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", index, index, node, index)
                .addStatement("$T $N = $N.get($N)", JsonReading.JSON_NODE, itemNode, node, index)
                .add(item(array.items(), itemNode, itemPath, item, secret, itemType));
        if (isArray) {
            code.addStatement("$N[$N] = $N", items, index, item)
                    .endControlFlow()
                    .addStatement("$N = $N", target, items);
        } else if (array.shape() == JsonType.ArrayType.Shape.SET) {
            code.addStatement("$N.add($N)", items, item)
                    .endControlFlow()
                    .addStatement(
                            "$N = $T.unmodifiableSet(new $T<>($N))",
                            target,
                            Collections.class,
                            LinkedHashSet.class,
                            items);
        } else {
            code.addStatement("$N.add($N)", items, item)
                    .endControlFlow()
                    .addStatement("$N = $T.unmodifiableList($N)", target, Collections.class, items);
        }
        return code.build();
    }

    private CodeBlock item(JsonType type, String node, CodeBlock path, String target, boolean secret) {
        return item(type, node, path, target, secret, type.javaType().box());
    }

    /** An item of an array or map: null is not allowed, as it has no use in a config. */
    private CodeBlock item(
            JsonType type, String node, CodeBlock path, String target, boolean secret, TypeName javaType) {
        return CodeBlock.builder()
                .beginControlFlow("if ($N.isNull())", node)
                .addStatement(
                        "throw invalid($L, new $T($L, $N), $L)",
                        path,
                        JsonReading.JSON_VALUE_EXCEPTION,
                        JsonReading.expected(type),
                        node,
                        secret)
                .endControlFlow()
                .addStatement("$T $N", javaType, target)
                .add(assign(type, node, path, target, secret))
                .build();
    }
}
