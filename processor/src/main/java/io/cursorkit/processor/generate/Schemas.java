package io.cursorkit.processor.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.processor.model.ChoiceModel;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.TypeModel;

/**
 * The JSON Schema of a type, as DESIGN.md's types table says: records in the catalog, where every
 * reference type is nullable ({@code ["null", T]}), and the config in the spec, where optionality
 * is expressed by {@code required} instead.
 */
final class Schemas {
    static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean nullableTypes;

    private Schemas(boolean nullableTypes) {
        this.nullableTypes = nullableTypes;
    }

    /** The {@code json_schema} of a stream's record type. */
    static ObjectNode record(ObjectModel record) {
        ObjectNode schema = NODES.objectNode().put("$schema", DRAFT_07).put("type", "object");
        new Schemas(true).properties(schema, record, false);
        return schema;
    }

    /** The {@code connectionSpecification} of the config type. */
    static ObjectNode config(ObjectModel config, String title) {
        ObjectNode schema =
                NODES.objectNode().put("$schema", DRAFT_07).put("title", title).put("type", "object");
        new Schemas(false).properties(schema, config, true);
        return schema;
    }

    /** Adds the properties of {@code object} to {@code schema}, whose type is already set. */
    private void properties(ObjectNode schema, ObjectModel object, boolean config) {
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (PropertyModel property : object.visible()) {
            ObjectNode node = type(property.type(), config);
            if (property.description() != null) {
                node.put("description", property.description());
            }
            if (config && property.secret()) {
                node.put("airbyte_secret", true);
            }
            properties.set(property.jsonName(), node);
            if (config && property.required()) {
                required.add(property.jsonName());
            }
        }
        if (config) {
            schema.set("required", required);
            schema.put("additionalProperties", true);
        }
    }

    /**
     * A sealed choice (config only): {@code oneOf} one object per option, each with its title and a
     * required constant discriminator, as Airbyte's UI shows a choice.
     */
    private void choice(ObjectNode node, ChoiceModel choice, boolean config) {
        ArrayNode oneOf = node.putArray("oneOf");
        for (ChoiceModel.Option option : choice.options()) {
            ObjectNode schema = oneOf.addObject().put("title", option.title()).put("type", "object");
            ObjectNode properties = schema.putObject("properties");
            properties.putObject(choice.discriminator()).put("type", "string").put("const", option.value());
            properties(schema, option.object(), config);
            ObjectNode own = (ObjectNode) schema.get("properties");
            schema.set("properties", properties.setAll(own));
            ((ArrayNode) schema.get("required")).insert(0, choice.discriminator());
        }
    }

    private ObjectNode type(TypeModel type, boolean config) {
        ObjectNode node = NODES.objectNode();
        String jsonType =
                switch (type.kind()) {
                    case STRING,
                            CHAR,
                            ENUM,
                            LOCAL_DATE,
                            LOCAL_DATE_TIME,
                            OFFSET_DATE_TIME,
                            ZONED_DATE_TIME,
                            INSTANT -> "string";
                    case INT, LONG, SHORT, BYTE, BIG_INTEGER -> "integer";
                    case FLOAT, DOUBLE, BIG_DECIMAL -> "number";
                    case BOOLEAN -> "boolean";
                    case ARRAY -> "array";
                    case MAP, OBJECT -> "object";
                };
        if (nullableTypes && type.nullable()) {
            node.putArray("type").add("null").add(jsonType);
        } else {
            node.put("type", jsonType);
        }
        switch (type.kind()) {
            case LOCAL_DATE -> node.put("format", "date");
            case LOCAL_DATE_TIME -> node.put("format", "date-time").put("airbyte_type", "timestamp_without_timezone");
            case OFFSET_DATE_TIME, ZONED_DATE_TIME, INSTANT -> node.put("format", "date-time")
                    .put("airbyte_type", "timestamp_with_timezone");
            case ENUM -> {
                ArrayNode values = node.putArray("enum");
                type.enumConstants().forEach(values::add);
                if (nullableTypes && type.nullable()) {
                    values.addNull();
                }
            }
            case CHAR -> node.put("minLength", 1).put("maxLength", 1);
            case ARRAY -> node.set("items", type(type.element(), config));
            case MAP -> node.set("additionalProperties", type(type.element(), config));
            case OBJECT -> {
                if (type.isChoice()) {
                    choice(node, type.choice(), config);
                } else {
                    properties(node, type.object(), config);
                }
            }
            default -> {}
        }
        return node;
    }
}
