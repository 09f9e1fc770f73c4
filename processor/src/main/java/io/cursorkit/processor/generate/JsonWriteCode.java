package io.cursorkit.processor.generate;

import static io.cursorkit.processor.generate.RuntimeTypes.JSON_VALUES;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.TypeModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Generates the code that writes values through a {@code JsonGenerator} named {@code out}: one
 * statement sequence per value, a private static method per nested object type, and a pre-encoded
 * {@code SerializedString} constant per property name. Used by record writers and state
 * serializers, so that a value has the same JSON wherever it is written.
 */
final class JsonWriteCode {
    private static final ClassName SERIALIZED_STRING = ClassName.get(SerializedString.class);

    private final Map<String, FieldSpec> names = new LinkedHashMap<>();
    private final Map<ClassName, String> helperNames = new LinkedHashMap<>();
    private final List<MethodSpec> helpers = new ArrayList<>();
    /** Local names taken in the method being generated; its parameters are always taken. */
    private Set<String> locals = newScope();

    private static Set<String> newScope() {
        return new HashSet<>(Set.of("out", "record", "value", "cursor", "slice"));
    }

    /** The statements that write the properties of {@code object} (held in {@code value}) as an object. */
    CodeBlock writeObject(ObjectModel object, String value) {
        return CodeBlock.builder()
                .addStatement("out.writeStartObject()")
                .add(writeProperties(object, value))
                .addStatement("out.writeEndObject()")
                .build();
    }

    /**
     * The statements that write the properties of {@code object} (held in {@code value}) as fields of
     * the object being written, such as a stream's own state beside what cursorkit keeps.
     */
    CodeBlock writeProperties(ObjectModel object, String value) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (PropertyModel property : object.visible()) {
            code.addStatement("out.writeFieldName($N)", nameConstant(property.jsonName()));
            code.add(writeValue(
                    property.type(), CodeBlock.of("$L.$L()", value, property.getter()), property.javaName()));
        }
        return code.build();
    }

    /**
     * The statements that write {@code expression} (evaluated once, into a local named after {@code
     * name}) as JSON.
     */
    CodeBlock writeValue(TypeModel type, CodeBlock expression, String name) {
        String variable = local(name);
        return CodeBlock.builder()
                .addStatement("$T $L = $L", type.type(), variable, expression)
                .add(type.nullable() ? nullable(type, variable) : writeNonNull(type, variable))
                .build();
    }

    private CodeBlock nullable(TypeModel type, String variable) {
        return CodeBlock.builder()
                .beginControlFlow("if ($L == null)", variable)
                .addStatement("out.writeNull()")
                .nextControlFlow("else")
                .add(writeNonNull(type, variable))
                .endControlFlow()
                .build();
    }

    /** A local variable name not yet taken in the current method. */
    private String local(String name) {
        String candidate = name;
        for (int i = 2; !locals.add(candidate); i++) {
            candidate = name + i;
        }
        return candidate;
    }

    /** The statements that write a variable known not to be null. */
    CodeBlock writeNonNull(TypeModel type, String variable) {
        return switch (type.kind()) {
            case STRING -> CodeBlock.of("out.writeString($L);\n", variable);
            case CHAR -> CodeBlock.of("out.writeString($T.valueOf($L));\n", String.class, variable);
            case INT, LONG, SHORT, BYTE, BIG_INTEGER, FLOAT, DOUBLE, BIG_DECIMAL -> CodeBlock.of(
                    "out.writeNumber($L);\n", variable);
            case BOOLEAN -> CodeBlock.of("out.writeBoolean($L);\n", variable);
            case LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME, ZONED_DATE_TIME, INSTANT -> CodeBlock.of(
                    "out.writeString($T.format($L));\n", JSON_VALUES, variable);
            case ENUM -> CodeBlock.of("out.writeString($L.name());\n", variable);
            case ARRAY -> writeArray(type, variable);
            case MAP -> writeMap(type, variable);
            case OBJECT -> CodeBlock.of("$N($L, out);\n", helper(type.object()), variable);
        };
    }

    private CodeBlock writeArray(TypeModel type, String variable) {
        String item = local(variable + "Item");
        return CodeBlock.builder()
                .addStatement("out.writeStartArray()")
                .beginControlFlow("for ($T $L : $L)", type.element().type(), item, variable)
                .add(type.element().nullable() ? nullable(type.element(), item) : writeNonNull(type.element(), item))
                .endControlFlow()
                .addStatement("out.writeEndArray()")
                .build();
    }

    private CodeBlock writeMap(TypeModel type, String variable) {
        String entry = local(variable + "Entry");
        TypeName entryType = ParameterizedTypeName.get(
                ClassName.get(Map.Entry.class),
                ClassName.get(String.class),
                type.element().type().box());
        return CodeBlock.builder()
                .addStatement("out.writeStartObject()")
                .beginControlFlow("for ($T $L : $L.entrySet())", entryType, entry, variable)
                .addStatement("out.writeFieldName($L.getKey())", entry)
                .add(writeValue(type.element(), CodeBlock.of("$L.getValue()", entry), variable + "Value"))
                .endControlFlow()
                .addStatement("out.writeEndObject()")
                .build();
    }

    /** The name of the method that writes {@code object}, generated on first use. */
    private String helper(ObjectModel object) {
        String existing = helperNames.get(object.type());
        if (existing != null) {
            return existing;
        }
        String name = "write" + String.join("_", object.type().simpleNames());
        while (helperNames.containsValue(name)) {
            name = name + "_";
        }
        helperNames.put(object.type(), name);
        Set<String> saved = locals;
        locals = newScope();
        CodeBlock body = writeObject(object, "value");
        locals = saved;
        helpers.add(MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(object.type(), "value")
                .addParameter(JsonGenerator.class, "out")
                .addException(IOException.class)
                .addCode(body)
                .build());
        return name;
    }

    /** The constant holding the pre-encoded {@code jsonName}, created on first use. */
    private FieldSpec nameConstant(String jsonName) {
        FieldSpec existing = names.get(jsonName);
        if (existing != null) {
            return existing;
        }
        String base = "NAME_" + jsonName.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
        String constant = base;
        for (int i = 2; containsField(constant); i++) {
            constant = base + "_" + i;
        }
        FieldSpec field = FieldSpec.builder(
                        SERIALIZED_STRING, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($S)", SERIALIZED_STRING, jsonName)
                .build();
        names.put(jsonName, field);
        return field;
    }

    private boolean containsField(String name) {
        return names.values().stream().anyMatch(f -> f.name().equals(name));
    }

    /** The property name constants used so far. */
    List<FieldSpec> fields() {
        return List.copyOf(names.values());
    }

    /** The helper methods generated so far. */
    List<MethodSpec> methods() {
        return List.copyOf(helpers);
    }
}
