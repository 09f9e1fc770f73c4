package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the test kit knows about each stream of a configured catalog: its primary key paths, its
 * cursor path and its sync mode; and how it identifies a record (the primary key values, or the
 * whole record when there is no key).
 */
final class StreamKeys {
    private final Map<String, Stream> streams = new LinkedHashMap<>();

    /**
     * One configured stream; {@code resumable} is the catalog's {@code is_resumable}: an interrupted
     * sync continues from the stream's state, also when synced full refresh.
     */
    record Stream(String name, List<List<String>> primaryKey, List<String> cursor, SyncMode mode, boolean resumable) {
        boolean hasPrimaryKey() {
            return !primaryKey.isEmpty();
        }

        boolean incremental() {
            return mode == SyncMode.INCREMENTAL;
        }
    }

    StreamKeys(JsonNode configuredCatalog) {
        for (JsonNode configured : configuredCatalog.path("streams")) {
            JsonNode stream = configured.path("stream");
            String name = Json.text(stream, "name");
            JsonNode key = configured.has("primary_key")
                            && !configured.get("primary_key").isEmpty()
                    ? configured.get("primary_key")
                    : stream.path("source_defined_primary_key");
            List<List<String>> paths = new ArrayList<>();
            for (JsonNode path : key) {
                paths.add(strings(path));
            }
            JsonNode cursor = configured.has("cursor_field")
                            && !configured.get("cursor_field").isEmpty()
                    ? configured.get("cursor_field")
                    : stream.path("default_cursor_field");
            SyncMode mode = "incremental".equals(Json.text(configured, "sync_mode"))
                    ? SyncMode.INCREMENTAL
                    : SyncMode.FULL_REFRESH;
            boolean resumable = stream.path("is_resumable").asBoolean(false);
            streams.put(name, new Stream(name, List.copyOf(paths), strings(cursor), mode, resumable));
        }
    }

    Iterable<Stream> all() {
        return streams.values();
    }

    Stream get(String name) {
        return streams.get(name);
    }

    /** The identity of a record: its primary key values as a JSON array, else the whole record. */
    String identity(String stream, JsonNode data) {
        Stream info = streams.get(stream);
        if (info == null || !info.hasPrimaryKey()) {
            return canonical(data);
        }
        ArrayNode key = Json.array();
        for (List<String> path : info.primaryKey()) {
            key.add(at(data, path));
        }
        return canonical(key);
    }

    /** The value at a path of field names, or JSON null. */
    static JsonNode at(JsonNode data, List<String> path) {
        JsonNode node = data;
        for (String field : path) {
            node = node == null ? null : node.get(field);
        }
        return node == null ? Json.object().nullNode() : node;
    }

    /** JSON text with object fields sorted, so that equal values have equal text. */
    static String canonical(JsonNode node) {
        return Json.write(sorted(node));
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode copy = Json.object();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = Json.array();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        for (JsonNode element : array) {
            list.add(element.asText());
        }
        return List.copyOf(list);
    }
}
