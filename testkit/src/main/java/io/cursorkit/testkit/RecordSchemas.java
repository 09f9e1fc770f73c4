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

/** The {@code json_schema} of each stream of a configured catalog, to validate record data against. */
final class RecordSchemas {
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
                schemas.put(name, FACTORY.getSchema(copy));
            }
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
