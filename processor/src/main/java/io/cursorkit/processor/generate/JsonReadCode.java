package io.cursorkit.processor.generate;

import static io.cursorkit.processor.generate.RuntimeTypes.JSON_VALUES;
import static io.cursorkit.processor.generate.RuntimeTypes.JSON_VALUE_EXCEPTION;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.cursorkit.processor.model.JsonKind;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates the code that reads a scalar JSON value into its Java type through {@code JsonValues},
 * throwing {@code JsonValueException}; used by state serializers and config parsers. Enums are read
 * with a string switch (no reflection) in a private static helper per enum type.
 */
final class JsonReadCode {
    private final Map<String, MethodSpec> helpers = new LinkedHashMap<>();

    /** An expression of {@code type}'s (boxed or primitive) Java type reading {@code node}. */
    CodeBlock read(TypeModel type, CodeBlock node) {
        return switch (type.kind()) {
            case STRING -> CodeBlock.of("$T.string($L)", JSON_VALUES, node);
            case INT -> CodeBlock.of("$T.intValue($L)", JSON_VALUES, node);
            case LONG -> CodeBlock.of("$T.longValue($L)", JSON_VALUES, node);
            case BIG_INTEGER -> CodeBlock.of("$T.bigInteger($L)", JSON_VALUES, node);
            case FLOAT -> CodeBlock.of("$T.floatValue($L)", JSON_VALUES, node);
            case DOUBLE -> CodeBlock.of("$T.doubleValue($L)", JSON_VALUES, node);
            case BIG_DECIMAL -> CodeBlock.of("$T.bigDecimal($L)", JSON_VALUES, node);
            case BOOLEAN -> CodeBlock.of("$T.bool($L)", JSON_VALUES, node);
            case LOCAL_DATE -> CodeBlock.of("$T.localDate($L)", JSON_VALUES, node);
            case LOCAL_DATE_TIME -> CodeBlock.of("$T.localDateTime($L)", JSON_VALUES, node);
            case OFFSET_DATE_TIME -> CodeBlock.of("$T.offsetDateTime($L)", JSON_VALUES, node);
            case ZONED_DATE_TIME -> CodeBlock.of("$T.zonedDateTime($L)", JSON_VALUES, node);
            case INSTANT -> CodeBlock.of("$T.instant($L)", JSON_VALUES, node);
            case CHAR, SHORT, BYTE, ENUM -> CodeBlock.of("$N($L)", helper(type), node);
            case ARRAY, MAP, OBJECT -> throw new IllegalArgumentException("not a scalar: " + type.kind());
        };
    }

    /** An expression for what a value of {@code type} looks like in JSON, for messages. */
    static CodeBlock description(TypeModel type) {
        return switch (type.kind()) {
            case LOCAL_DATE -> CodeBlock.of("$T.DATE", JSON_VALUES);
            case LOCAL_DATE_TIME -> CodeBlock.of("$T.DATE_TIME_LOCAL", JSON_VALUES);
            case OFFSET_DATE_TIME, ZONED_DATE_TIME, INSTANT -> CodeBlock.of("$T.DATE_TIME_OFFSET", JSON_VALUES);
            default -> CodeBlock.of("$S", describe(type));
        };
    }

    /** What a value of {@code type} looks like in JSON, as text. */
    static String describe(TypeModel type) {
        return switch (type.kind()) {
            case STRING -> "a string";
            case CHAR -> "a string of one character";
            case INT -> "an integer from -2147483648 to 2147483647";
            case LONG -> "an integer that fits in 64 bits";
            case SHORT -> "an integer from -32768 to 32767";
            case BYTE -> "an integer from -128 to 127";
            case BIG_INTEGER -> "an integer";
            case FLOAT, DOUBLE, BIG_DECIMAL -> "a number";
            case BOOLEAN -> "a boolean (true or false)";
            case LOCAL_DATE -> "a string in date format yyyy-MM-dd";
            case LOCAL_DATE_TIME -> "a string in date-time format without offset, yyyy-MM-ddTHH:mm:ss";
            case OFFSET_DATE_TIME,
                    ZONED_DATE_TIME,
                    INSTANT -> "a string in date-time format with offset, yyyy-MM-ddTHH:mm:ss+01:00 or ...Z";
            case ENUM -> "one of "
                    + type.enumConstants().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
            case ARRAY -> "an array of " + plural(type.element());
            case MAP -> "an object whose values are each " + describe(type.element());
            case OBJECT -> type.isChoice()
                    ? "an object whose \"" + type.choice().discriminator() + "\" is one of "
                            + type.choice().values().stream()
                                    .map(v -> "\"" + v + "\"")
                                    .collect(Collectors.joining(", "))
                    : "an object with the properties "
                            + type.object().visible().stream()
                                    .map(PropertyModel::jsonName)
                                    .collect(Collectors.joining(", "));
        };
    }

    private static String plural(TypeModel element) {
        return "values that are each " + describe(element);
    }

    private MethodSpec helper(TypeModel type) {
        String name = "read"
                + switch (type.kind()) {
                    case CHAR -> "Char";
                    case SHORT -> "Short";
                    case BYTE -> "Byte";
                    default -> String.join("_", ((ClassName) type.type()).simpleNames());
                };
        MethodSpec existing = helpers.get(name);
        if (existing != null) {
            return existing;
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(
                        type.kind() == JsonKind.ENUM ? type.type() : type.type().unbox())
                .addParameter(JsonNode.class, "node")
                .addException(JSON_VALUE_EXCEPTION);
        switch (type.kind()) {
            case CHAR -> method.addStatement("$T text = $T.string(node)", String.class, JSON_VALUES)
                    .beginControlFlow("if (text.length() != 1)")
                    .addStatement("throw new $T($S, node)", JSON_VALUE_EXCEPTION, describe(type))
                    .endControlFlow()
                    .addStatement("return text.charAt(0)");
            case SHORT, BYTE -> {
                String target = type.kind() == JsonKind.SHORT ? "short" : "byte";
                String boxed = type.kind() == JsonKind.SHORT ? "Short" : "Byte";
                method.addStatement("int value = $T.intValue(node)", JSON_VALUES)
                        .beginControlFlow("if (value < $L.MIN_VALUE || value > $L.MAX_VALUE)", boxed, boxed)
                        .addStatement("throw new $T($S, node)", JSON_VALUE_EXCEPTION, describe(type))
                        .endControlFlow()
                        .addStatement("return ($L) value", target);
            }
            default -> {
                method.beginControlFlow("switch ($T.string(node))", JSON_VALUES);
                for (String constant : type.enumConstants()) {
                    method.addStatement("case $S: return $T.$L", constant, type.type(), constant);
                }
                method.addStatement("default: throw new $T($S, node)", JSON_VALUE_EXCEPTION, describe(type))
                        .endControlFlow();
            }
        }
        MethodSpec spec = method.build();
        helpers.put(name, spec);
        return spec;
    }

    List<MethodSpec> methods() {
        return new ArrayList<>(helpers.values());
    }
}
