package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@code ConfiguredAirbyteCatalog} (what {@code read --catalog} takes) from a discovered
 * {@code AirbyteCatalog}, as a user choosing streams in the Airbyte UI would.
 *
 * <p>By default every stream is selected, incremental where it supports it (with its {@code
 * default_cursor_field} and {@code source_defined_primary_key}), full refresh otherwise;
 * destination mode {@code append_dedup} for incremental streams with a primary key, {@code append}
 * for other incremental streams and {@code overwrite} for full refresh. {@link #cursorField} picks
 * another cursor for a stream whose user chooses it.
 *
 * <pre>{@code
 * JsonNode catalog = ConfiguredCatalogBuilder.from(discovered).only("orders").build();
 * }</pre>
 */
public final class ConfiguredCatalogBuilder {
    private final Map<String, JsonNode> discovered = new LinkedHashMap<>();
    private final Map<String, SyncMode> modes = new LinkedHashMap<>();
    private final Map<String, List<String>> cursorFields = new LinkedHashMap<>();
    private List<String> selected;

    private ConfiguredCatalogBuilder(JsonNode catalog) {
        for (JsonNode stream : catalog.path("streams")) {
            String name = Json.text(stream, "name");
            if (name == null) {
                throw new IllegalArgumentException("a stream of the catalog has no name: " + Json.brief(stream));
            }
            discovered.put(name, stream);
        }
    }

    /**
     * Starts from a discovered catalog: the {@code catalog} of a CATALOG message ({@link
     * ConnectorRun#catalog()}), or a whole CATALOG message.
     *
     * @throws IllegalArgumentException if it is not a valid {@code AirbyteCatalog}
     */
    public static ConfiguredCatalogBuilder from(JsonNode discoveredCatalog) {
        Objects.requireNonNull(discoveredCatalog, "discoveredCatalog");
        JsonNode catalog = discoveredCatalog.has("catalog") ? discoveredCatalog.get("catalog") : discoveredCatalog;
        List<String> problems = AirbyteProtocol.get().validateCatalog(catalog);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not a valid AirbyteCatalog: " + problems);
        }
        return new ConfiguredCatalogBuilder(catalog);
    }

    /** Selects only these streams, in this order (default: all, in catalog order). */
    public ConfiguredCatalogBuilder only(String... streams) {
        List<String> names = List.of(streams);
        names.forEach(this::discoveredStream);
        selected = names;
        return this;
    }

    /** Syncs {@code stream} in {@code mode} (which the stream must support). */
    public ConfiguredCatalogBuilder mode(String stream, SyncMode mode) {
        JsonNode discoveredStream = discoveredStream(stream);
        if (!supports(discoveredStream, mode)) {
            throw new IllegalArgumentException("stream '" + stream + "' does not support " + mode.json()
                    + "; it supports " + discoveredStream.get("supported_sync_modes"));
        }
        modes.put(stream, mode);
        return this;
    }

    /**
     * Syncs {@code stream}, when incremental, with the cursor the user chose: {@code cursor_field}
     * is {@code path} instead of the stream's {@code default_cursor_field}. Only for a stream whose
     * user chooses the cursor ({@code source_defined_cursor: false}); the connector checks that
     * {@code path} is one of its choices.
     */
    public ConfiguredCatalogBuilder cursorField(String stream, String... path) {
        JsonNode discoveredStream = discoveredStream(stream);
        if (discoveredStream.path("source_defined_cursor").asBoolean(false)) {
            throw new IllegalArgumentException("stream '" + stream + "' has a source-defined cursor "
                    + discoveredStream.get("default_cursor_field") + "; its user cannot choose another");
        }
        if (path.length == 0) {
            throw new IllegalArgumentException("a cursor field names at least one property");
        }
        cursorFields.put(stream, List.of(path));
        return this;
    }

    /** Syncs every selected stream in full refresh mode. */
    public ConfiguredCatalogBuilder allFullRefresh() {
        for (String stream : discovered.keySet()) {
            mode(stream, SyncMode.FULL_REFRESH);
        }
        return this;
    }

    /** The configured catalog. */
    public ObjectNode build() {
        ArrayNode streams = Json.array();
        for (String name : selected != null ? selected : new ArrayList<>(discovered.keySet())) {
            streams.add(configure(discovered.get(name)));
        }
        ObjectNode catalog = Json.object();
        catalog.set("streams", streams);
        return catalog;
    }

    private ObjectNode configure(JsonNode stream) {
        String name = Json.text(stream, "name");
        SyncMode mode = modes.getOrDefault(
                name, supports(stream, SyncMode.INCREMENTAL) ? SyncMode.INCREMENTAL : SyncMode.FULL_REFRESH);
        JsonNode primaryKey = stream.get("source_defined_primary_key");
        boolean hasKey = primaryKey != null && primaryKey.isArray() && !primaryKey.isEmpty();
        ObjectNode configured = Json.object();
        configured.set("stream", stream.deepCopy());
        configured.put("sync_mode", mode.json());
        if (mode == SyncMode.INCREMENTAL) {
            JsonNode cursor = stream.get("default_cursor_field");
            if (cursorFields.containsKey(name)) {
                ArrayNode chosen = Json.array();
                cursorFields.get(name).forEach(chosen::add);
                configured.set("cursor_field", chosen);
            } else {
                configured.set("cursor_field", cursor != null ? cursor.deepCopy() : Json.array());
            }
            configured.put("destination_sync_mode", hasKey ? "append_dedup" : "append");
        } else {
            configured.put("destination_sync_mode", "overwrite");
        }
        if (hasKey) {
            configured.set("primary_key", primaryKey.deepCopy());
        }
        return configured;
    }

    private JsonNode discoveredStream(String name) {
        JsonNode stream = discovered.get(name);
        if (stream == null) {
            throw new IllegalArgumentException(
                    "no stream '" + name + "' in the discovered catalog; it has " + discovered.keySet());
        }
        return stream;
    }

    private static boolean supports(JsonNode stream, SyncMode mode) {
        for (JsonNode supported : stream.path("supported_sync_modes")) {
            if (mode.json().equals(supported.asText())) {
                return true;
            }
        }
        return false;
    }
}
