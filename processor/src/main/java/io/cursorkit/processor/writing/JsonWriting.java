package io.cursorkit.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import io.cursorkit.processor.model.JsonType;
import io.cursorkit.processor.model.PropertyModel;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates the code that writes values through a Jackson {@code JsonGenerator} named {@code
 * out}: property names as pre-encoded {@code SerializedString} constants, nested objects as
 * private static methods, dates through {@code JsonValues.format}.
 */
final class JsonWriting {
    static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    static final ClassName SERIALIZED_STRING = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
    static final ClassName JSON_VALUES = ClassName.get("io.cursorkit.runtime.internal", "JsonValues");

    private final Helpers helpers;
    private final Map<String, String> nameConstants = new HashMap<>();

    JsonWriting(Helpers helpers) {
        this.helpers = helpers;
    }

    /** Statements writing the object {@code value} (not null) of {@code type} with its properties. */
    CodeBlock writeObject(JsonType.ObjectType type, String value) {
        CodeBlock.Builder code = CodeBlock.builder().addStatement("out.writeStartObject()");
        for (PropertyModel property : type.properties()) {
            code.addStatement("out.writeFieldName($N)", nameConstant(property.jsonName()));
            code.add(writeValue(property.type(), CodeBlock.of("$N.$N()", value, property.getter())));
        }
        return code.addStatement("out.writeEndObject()").build();
    }

    /** Statements writing {@code expression} of {@code type}, null included. */
    CodeBlock writeValue(JsonType type, CodeBlock expression) {
        if (!type.nullable()) {
            return writeNonNull(type, expression);
        }
        String local = helpers.local("value");
        return CodeBlock.builder()
                .addStatement("var $N = $L", local, expression)
                .beginControlFlow("if ($N == null)", local)
                .addStatement("out.writeNull()")
                .nextControlFlow("else")
                .add(writeNonNull(type, CodeBlock.of("$N", local)))
                .endControlFlow()
                .build();
    }

    /** Statements writing {@code value}, which is not null. */
    CodeBlock writeNonNull(JsonType type, CodeBlock value) {
        if (type instanceof JsonType.Scalar scalar) {
            return switch (scalar.kind()) {
                case STRING -> CodeBlock.of("out.writeString($L);\n", value);
                case CHAR -> CodeBlock.of("out.writeString($T.valueOf($L));\n", String.class, value);
                case BOOLEAN -> CodeBlock.of("out.writeBoolean($L);\n", value);
                case BYTE, SHORT, INT, LONG, BIG_INTEGER, FLOAT, DOUBLE, BIG_DECIMAL -> CodeBlock.of(
                        "out.writeNumber($L);\n", value);
                case LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME, ZONED_DATE_TIME, INSTANT -> CodeBlock.of(
                        "out.writeString($T.format($L));\n", JSON_VALUES, value);
            };
        }
        if (type instanceof JsonType.EnumType) {
            return CodeBlock.of("out.writeString($L.name());\n", value);
        }
        if (type instanceof JsonType.ArrayType array) {
            String item = helpers.local("item");
            return CodeBlock.builder()
                    .addStatement("out.writeStartArray()")
                    .beginControlFlow("for (var $N : $L)", item, value)
                    .add(writeValue(array.items(), CodeBlock.of("$N", item)))
                    .endControlFlow()
                    .addStatement("out.writeEndArray()")
                    .build();
        }
        if (type instanceof JsonType.MapType map) {
            String entry = helpers.local("entry");
            return CodeBlock.builder()
                    .addStatement("out.writeStartObject()")
                    .beginControlFlow("for (var $N : $L.entrySet())", entry, value)
                    .addStatement("out.writeFieldName($N.getKey())", entry)
                    .add(writeValue(map.values(), CodeBlock.of("$N.getValue()", entry)))
                    .endControlFlow()
                    .addStatement("out.writeEndObject()")
                    .build();
        }
        if (type instanceof JsonType.ObjectType object) {
            return CodeBlock.of("$N($L, out);\n", objectMethod(object), value);
        }
        return CodeBlock.of("out.writeString($L.toString());\n", value);
    }

    private String objectMethod(JsonType.ObjectType type) {
        String name = "write" + String.join("_", type.javaType().simpleNames());
        return helpers.method(name, () -> MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(type.javaType(), "value")
                .addParameter(JSON_GENERATOR, "out")
                .addException(IOException.class)
                .addCode(writeObject(type, "value"))
                .build());
    }

    /** The constant holding the pre-encoded property name {@code jsonName}. */
    String nameConstant(String jsonName) {
        String existing = nameConstants.get(jsonName);
        if (existing != null) {
            return existing;
        }
        StringBuilder name = new StringBuilder("NAME_");
        for (char c : jsonName.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toUpperCase(c) : '_');
        }
        String candidate = name.toString();
        for (int i = 2; helpers.hasField(candidate); i++) {
            candidate = name + "_" + i;
        }
        String field = candidate;
        nameConstants.put(jsonName, field);
        return helpers.field(field, () -> FieldSpec.builder(SERIALIZED_STRING, field)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($S)", SERIALIZED_STRING, jsonName)
                .build());
    }
}
