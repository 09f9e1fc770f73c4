package io.cursorkit.processor.writing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.StreamModel;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The connector's AirbyteCatalog and ConnectorSpecification, built at compile time from the model,
 * as compact text (for constants) and pretty text (for resources). Key order is fixed, so the
 * output is the same on every build.
 */
final class Documents {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Documents() {}

    /** The AirbyteCatalog of {@code streams}, in the order given. */
    static ObjectNode catalog(List<StreamModel> streams) {
        ObjectNode catalog = NODES.objectNode();
        ArrayNode array = catalog.putArray("streams");
        for (StreamModel stream : streams) {
            ObjectNode node = array.addObject();
            node.put("name", stream.name());
            if (stream.namespace() != null) {
                node.put("namespace", stream.namespace());
            }
            node.set("json_schema", JsonSchemas.records().root(stream.record()));
            ArrayNode modes = node.putArray("supported_sync_modes").add("full_refresh");
            boolean incremental = stream.cursor().isPresent();
            if (incremental) {
                modes.add("incremental");
            }
            node.put("source_defined_cursor", incremental);
            stream.cursor().ifPresent(c -> node.putArray("default_cursor_field")
                    .add(c.property().jsonName()));
            ArrayNode key = node.putArray("source_defined_primary_key");
            stream.primaryKey().forEach(p -> key.addArray().add(p.jsonName()));
            node.put("is_resumable", incremental);
        }
        return catalog;
    }

    /** The ConnectorSpecification. */
    static ObjectNode spec(ConnectorModel connector, List<StreamModel> streams) {
        ObjectNode spec = NODES.objectNode();
        if (!connector.documentationUrl().isEmpty()) {
            spec.put("documentationUrl", connector.documentationUrl());
        }
        ObjectNode connection = JsonSchemas.spec().root(connector.config());
        connection.put("title", connector.configType().simpleName());
        spec.set("connectionSpecification", connection);
        if (streams.stream().anyMatch(s -> s.cursor().isPresent())) {
            spec.put("supportsIncremental", true);
        }
        return spec;
    }

    static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pretty(JsonNode node) {
        try {
            return MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
