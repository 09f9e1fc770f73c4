package io.cursorkit.processor.writing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.processor.model.JsonType;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.ScalarKind;

/**
 * The JSON Schema of a type, as the catalog ({@code json_schema}) and the spec ({@code
 * connectionSpecification}) declare it. In records a reference type may be null, so its type is
 * {@code ["null", T]}; in the spec a property is optional by not being required.
 */
final class JsonSchemas {
    static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean nullableTypes;
    private final boolean forSpec;

    private JsonSchemas(boolean nullableTypes, boolean forSpec) {
        this.nullableTypes = nullableTypes;
        this.forSpec = forSpec;
    }

    /** Schemas of records: reference types are nullable. */
    static JsonSchemas records() {
        return new JsonSchemas(true, false);
    }

    /** Schemas of config: required properties listed, secrets marked. */
    static JsonSchemas spec() {
        return new JsonSchemas(false, true);
    }

    /** The root schema of an object type. */
    ObjectNode root(JsonType.ObjectType type) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DRAFT_07);
        schema.put("type", "object");
        objectBody(type, schema);
        return schema;
    }

    ObjectNode schema(JsonType type) {
        ObjectNode schema = NODES.objectNode();
        if (type instanceof JsonType.Scalar scalar) {
            ScalarKind kind = scalar.kind();
            type(schema, type, kind.schemaType());
            if (kind.format() != null) {
                schema.put("format", kind.format());
            }
            if (kind.airbyteType() != null) {
                schema.put("airbyte_type", kind.airbyteType());
            }
        } else if (type instanceof JsonType.EnumType enumType) {
            type(schema, type, "string");
            ArrayNode values = schema.putArray("enum");
            enumType.constants().forEach(values::add);
            if (nullableTypes && type.nullable()) {
                values.addNull();
            }
        } else if (type instanceof JsonType.ArrayType array) {
            type(schema, type, "array");
            schema.set("items", schema(array.items()));
        } else if (type instanceof JsonType.MapType map) {
            type(schema, type, "object");
            schema.set("additionalProperties", schema(map.values()));
        } else if (type instanceof JsonType.ObjectType object) {
            type(schema, type, "object");
            objectBody(object, schema);
        } else {
            type(schema, type, "string");
        }
        return schema;
    }

    private void objectBody(JsonType.ObjectType type, ObjectNode schema) {
        if (forSpec) {
            ArrayNode required = schema.putArray("required");
            type.properties().stream().filter(PropertyModel::required).forEach(p -> required.add(p.jsonName()));
        }
        ObjectNode properties = schema.putObject("properties");
        for (PropertyModel property : type.properties()) {
            ObjectNode propertySchema = schema(property.type());
            if (forSpec && property.secret()) {
                propertySchema.put("airbyte_secret", true);
            }
            properties.set(property.jsonName(), propertySchema);
        }
    }

    private void type(ObjectNode schema, JsonType type, String name) {
        if (nullableTypes && type.nullable()) {
            schema.putArray("type").add("null").add(name);
        } else {
            schema.put("type", name);
        }
    }
}
