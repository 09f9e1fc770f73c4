package io.cursorkit.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.cursorkit.processor.model.JsonType;
import io.cursorkit.processor.model.ScalarKind;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates the code that reads scalar and enum values from a Jackson {@code JsonNode} through
 * {@code JsonValues}, so that config, state and records agree on every format; and what each type
 * looks like in JSON, for messages.
 */
final class JsonReading {
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName JSON_VALUE_EXCEPTION = ClassName.get("io.cursorkit.runtime.internal", "JsonValueException");
    private static final ClassName JSON_VALUES = JsonWriting.JSON_VALUES;

    private final Helpers helpers;

    JsonReading(Helpers helpers) {
        this.helpers = helpers;
    }

    /** Whether {@link #read} handles {@code type}. */
    static boolean isValue(JsonType type) {
        return type instanceof JsonType.Scalar || type instanceof JsonType.EnumType;
    }

    /** An expression reading {@code node} (not null) as {@code type}; it throws JsonValueException. */
    CodeBlock read(JsonType type, CodeBlock node) {
        if (type instanceof JsonType.EnumType enumType) {
            return CodeBlock.of("$N($L)", enumReader(enumType), node);
        }
        ScalarKind kind = ((JsonType.Scalar) type).kind();
        return switch (kind) {
            case STRING -> CodeBlock.of("$T.string($L)", JSON_VALUES, node);
            case BOOLEAN -> CodeBlock.of("$T.bool($L)", JSON_VALUES, node);
            case INT -> CodeBlock.of("$T.intValue($L)", JSON_VALUES, node);
            case LONG -> CodeBlock.of("$T.longValue($L)", JSON_VALUES, node);
            case BIG_INTEGER -> CodeBlock.of("$T.bigInteger($L)", JSON_VALUES, node);
            case FLOAT -> CodeBlock.of("$T.floatValue($L)", JSON_VALUES, node);
            case DOUBLE -> CodeBlock.of("$T.doubleValue($L)", JSON_VALUES, node);
            case BIG_DECIMAL -> CodeBlock.of("$T.bigDecimal($L)", JSON_VALUES, node);
            case LOCAL_DATE -> CodeBlock.of("$T.localDate($L)", JSON_VALUES, node);
            case LOCAL_DATE_TIME -> CodeBlock.of("$T.localDateTime($L)", JSON_VALUES, node);
            case OFFSET_DATE_TIME -> CodeBlock.of("$T.offsetDateTime($L)", JSON_VALUES, node);
            case ZONED_DATE_TIME -> CodeBlock.of("$T.zonedDateTime($L)", JSON_VALUES, node);
            case INSTANT -> CodeBlock.of("$T.instant($L)", JSON_VALUES, node);
            case CHAR -> CodeBlock.of("$N($L)", charReader(), node);
            case BYTE -> CodeBlock.of("$N($L)", rangeReader("readByte", TypeName.BYTE, "-128", "127"), node);
            case SHORT -> CodeBlock.of("$N($L)", rangeReader("readShort", TypeName.SHORT, "-32768", "32767"), node);
        };
    }

    /** A String expression saying what a value of {@code type} looks like in JSON. */
    static CodeBlock expected(JsonType type) {
        if (type instanceof JsonType.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> CodeBlock.of("$S", "a string");
                case CHAR -> CodeBlock.of("$S", "a string of one character");
                case BOOLEAN -> CodeBlock.of("$S", "a boolean (true or false)");
                case BYTE -> CodeBlock.of("$S", "an integer from -128 to 127");
                case SHORT -> CodeBlock.of("$S", "an integer from -32768 to 32767");
                case INT -> CodeBlock.of("$S", "an integer from -2147483648 to 2147483647");
                case LONG -> CodeBlock.of("$S", "an integer that fits in 64 bits");
                case BIG_INTEGER -> CodeBlock.of("$S", "an integer");
                case FLOAT, DOUBLE, BIG_DECIMAL -> CodeBlock.of("$S", "a number");
                case LOCAL_DATE -> CodeBlock.of("$T.DATE", JSON_VALUES);
                case LOCAL_DATE_TIME -> CodeBlock.of("$T.DATE_TIME_LOCAL", JSON_VALUES);
                case OFFSET_DATE_TIME, ZONED_DATE_TIME, INSTANT -> CodeBlock.of("$T.DATE_TIME_OFFSET", JSON_VALUES);
            };
        }
        if (type instanceof JsonType.EnumType enumType) {
            return CodeBlock.of("$S", enumDescription(enumType));
        }
        if (type instanceof JsonType.ArrayType array) {
            return CodeBlock.of("$S + $L", "an array, each item ", expected(array.items()));
        }
        return CodeBlock.of("$S", "an object");
    }

    private static String enumDescription(JsonType.EnumType type) {
        if (type.constants().isEmpty()) {
            return "a constant of " + type.javaType().simpleName() + ", which has none";
        }
        return "one of the strings "
                + type.constants().stream().map(c -> '"' + c + '"').collect(Collectors.joining(", "));
    }

    private String enumReader(JsonType.EnumType type) {
        String name = "read" + String.join("_", type.javaType().simpleNames());
        return helpers.method(name, () -> {
            CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("if (node.isTextual())");
            body.beginControlFlow("switch (node.textValue())");
            for (String constant : type.constants()) {
                body.add("case $S:\n", constant)
                        .indent()
                        .addStatement("return $T.$N", type.javaType(), constant)
                        .unindent();
            }
            body.add("default:\n").indent().addStatement("break").unindent();
            body.endControlFlow().endControlFlow();
            body.addStatement("throw new $T($S, node)", JSON_VALUE_EXCEPTION, enumDescription(type));
            return reader(name, type.javaType()).addCode(body.build()).build();
        });
    }

    private String charReader() {
        return helpers.method("readChar", () -> reader("readChar", TypeName.CHAR)
                .addStatement("$T text = $T.string(node)", String.class, JSON_VALUES)
                .beginControlFlow("if (text.length() != 1)")
                .addStatement("throw new $T($S, node)", JSON_VALUE_EXCEPTION, "a string of one character")
                .endControlFlow()
                .addStatement("return text.charAt(0)")
                .build());
    }

    private String rangeReader(String name, TypeName type, String min, String max) {
        return helpers.method(name, () -> reader(name, type)
                .beginControlFlow(
                        "if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < $L"
                                + " || node.intValue() > $L)",
                        min,
                        max)
                .addStatement("throw new $T($S, node)", JSON_VALUE_EXCEPTION, "an integer from " + min + " to " + max)
                .endControlFlow()
                .addStatement("return ($T) node.intValue()", type)
                .build());
    }

    private static MethodSpec.Builder reader(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(returns)
                .addParameter(JSON_NODE, "node")
                .addException(JSON_VALUE_EXCEPTION);
    }
}
