package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code json_schema} of each stream of a configured catalog, to validate record data against.
 *
 * <p>Airbyte marks local dates and times with {@code airbyte_type} beside a JSON Schema {@code
 * format} ({@code "format": "date-time", "airbyte_type": "timestamp_without_timezone"}), and the
 * {@code airbyte_type} is what the value must match: JSON Schema's {@code date-time} and {@code
 * time} require an offset, which a local value has not. So where a schema names such a type, the
 * value is checked against that well-known type's pattern instead of the format.
 */
final class RecordSchemas {
    /** {@code airbyte_type} values whose JSON Schema format would wrongly demand an offset. */
    private static final Map<String, String> LOCAL_TYPES = Map.of(
            "timestamp_without_timezone", "TimestampWithoutTimezone",
            "time_without_timezone", "TimeWithoutTimezone");

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private final Map<String, JsonSchema> schemas = new HashMap<>();

    RecordSchemas(JsonNode configuredCatalog) {
        for (JsonNode configured : configuredCatalog.path("streams")) {
            JsonNode stream = configured.path("stream");
            JsonNode schema = stream.get("json_schema");
            String name = Json.text(stream, "name");
            if (name != null && schema != null && schema.isObject() && !schema.isEmpty()) {
                ObjectNode copy = ((ObjectNode) schema).deepCopy();
                copy.remove("$id"); // never resolve anything remote
                useWellKnownPatterns(copy);
                schemas.put(name, FACTORY.getSchema(copy));
            }
        }
    }

    /** Replaces, everywhere in {@code schema}, the format of a local date-time or time by its pattern. */
    private static void useWellKnownPatterns(JsonNode schema) {
        if (schema.isObject()) {
            ObjectNode object = (ObjectNode) schema;
            String wellKnown = LOCAL_TYPES.get(object.path("airbyte_type").asText());
            JsonNode type = wellKnown == null ? null : AirbyteProtocol.get().definition(wellKnown);
            if (type != null && type.has("pattern")) {
                object.remove("format");
                object.set("pattern", type.get("pattern"));
            }
        }
        for (JsonNode child : schema) {
            useWellKnownPatterns(child);
        }
    }

    /** Why {@code data} does not match the schema of {@code stream}; empty when it does. */
    List<String> validate(String stream, JsonNode data) {
        JsonSchema schema = schemas.get(stream);
        List<String> problems = new ArrayList<>();
        if (schema != null) {
            for (ValidationMessage message : schema.validate(data)) {
                problems.add(message.getMessage());
            }
        }
        return problems;
    }
}
