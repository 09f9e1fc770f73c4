package io.cursorkit.processor;

import static io.cursorkit.processor.ConfigParserGenerator.CONFIG_EXCEPTION;
import static io.cursorkit.processor.ConfigParserGenerator.WARNINGS;
import static io.cursorkit.processor.JsonReadCode.JSON_VALUE_EXCEPTION;
import static io.cursorkit.processor.JsonWriteCode.JSON_VALUES;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The private helpers every generated {@code parseConfig} calls, the same in each connector: paths,
 * messages, and the reading of values, arrays and maps with the property's path.
 */
final class ConfigParserSupport {
    /** The nested interface's simple name. */
    private static final String READER = "ValueReader";

    private ConfigParserSupport() {}

    /** The functional interface that reads one JSON value. */
    static TypeSpec readerInterface() {
        return TypeSpec.interfaceBuilder(READER)
                .addJavadoc("Reads one JSON value, through {@code JsonValues}.\n")
                .addModifiers(Modifier.PRIVATE)
                .addTypeVariable(TypeVariableName.get("T"))
                .addMethod(MethodSpec.methodBuilder("read")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(TypeVariableName.get("T"))
                        .addParameter(JsonNode.class, "node")
                        .addException(JSON_VALUE_EXCEPTION)
                        .build())
                .build();
    }

    /** The helpers every parser uses: paths, messages, and reading of arrays, maps and values. */
    static List<MethodSpec> methods(ClassName connector) {
        TypeVariableName t = TypeVariableName.get("T");
        TypeName readerOfT = ParameterizedTypeName.get(connector.nestedClass(READER), t);
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
}
