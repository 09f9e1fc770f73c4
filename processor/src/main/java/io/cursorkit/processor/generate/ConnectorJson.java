package io.cursorkit.processor.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.StreamModel;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * The AirbyteCatalog and ConnectorSpecification of a compilation, built from the models. Object
 * keys are sorted and streams ordered by name, so the output is the same on every build.
 */
final class ConnectorJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ConnectorJson() {}

    static ObjectNode catalog(List<StreamModel> streams) {
        ObjectNode catalog = NODES.objectNode();
        ArrayNode array = catalog.putArray("streams");
        for (StreamModel stream : StreamModel.catalogOrder(streams)) {
            ObjectNode node = array.addObject();
            node.put("name", stream.name());
            if (stream.namespace() != null) {
                node.put("namespace", stream.namespace());
            }
            node.set("json_schema", Schemas.record(stream.record()));
            ArrayNode modes = node.putArray("supported_sync_modes").add("full_refresh");
            boolean incremental = stream.incremental();
            if (incremental) {
                modes.add("incremental");
            }
            if (stream.cursor() != null) {
                node.putArray("default_cursor_field")
                        .add(stream.cursor().property().jsonName());
            }
            // a cursor the user chooses: default_cursor_field is the default choice, cursor_field picks one
            node.put(
                    "source_defined_cursor",
                    incremental && (stream.cursor() == null || stream.cursor().choice() == null));
            if (!stream.primaryKey().isEmpty()) {
                ArrayNode key = node.putArray("source_defined_primary_key");
                stream.primaryKey().forEach(p -> key.addArray().add(p.jsonName()));
            }
            node.put("is_resumable", incremental || stream.resumableFullRefresh());
        }
        return catalog;
    }

    static ObjectNode spec(ConnectorModel connector, List<StreamModel> streams) {
        ObjectNode spec = NODES.objectNode();
        if (!connector.documentationUrl().isEmpty()) {
            spec.put("documentationUrl", connector.documentationUrl());
        }
        ObjectNode config = Schemas.config(connector.config(), connector.name());
        if (connector.concurrent()) {
            ((ObjectNode) config.get("properties"))
                    .putObject("concurrency")
                    .put("type", "integer")
                    .put("minimum", 1)
                    .put("maximum", connector.maxConcurrency())
                    .put("default", 1)
                    .put(
                            "description",
                            "How many streams, partitions or slices the connector reads at once (1 to "
                                    + connector.maxConcurrency() + "). More speeds up a source that waits for"
                                    + " each page, at the cost of more load on it.");
        }
        spec.set("connectionSpecification", config);
        if (streams.stream().anyMatch(StreamModel::incremental)) {
            spec.put("supportsIncremental", true);
        }
        return spec;
    }

    static String compact(JsonNode node) {
        return write(sorted(node), false);
    }

    static String pretty(JsonNode node) {
        return write(sorted(node), true) + "\n";
    }

    private static String write(JsonNode node, boolean pretty) {
        try {
            return pretty
                    ? MAPPER.writeValueAsString(node)
                    : MAPPER.writer()
                            .without(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /** A copy with every object's keys in sorted order (arrays keep theirs). */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                fields.put(name, sorted(node.get(name)));
            }
            ObjectNode copy = NODES.objectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
