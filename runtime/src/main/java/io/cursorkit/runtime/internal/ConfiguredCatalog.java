package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.StreamInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The streams a {@code read} runs, in the configured catalog's order, each with its sync mode. The
 * catalog is checked whole before anything is read: every stream known, each once, with a valid
 * {@code sync_mode}, and {@code incremental} only for a stream with a cursor. {@code
 * destination_sync_mode} is the destination's business and is not checked; nor is {@code
 * cursor_field} of a stream whose cursor is source defined. For a stream whose user chooses the
 * cursor, an incremental entry's {@code cursor_field} picks it ({@link ChosenCursor}).
 */
final class ConfiguredCatalog {
    /** One stream to read. */
    record Entry(GeneratedStream<?, ?, ?, ?, ?> stream, boolean incremental) {}

    private final List<Entry> entries;

    private ConfiguredCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    static ConfiguredCatalog parse(JsonNode json, List<? extends GeneratedStream<?, ?, ?, ?, ?>> available)
            throws InputException {
        JsonNode streams = json.path("streams");
        if (!json.isObject() || !streams.isArray()) {
            throw new InputException("The configured catalog must be a JSON object with a \"streams\" array"
                    + " (a ConfiguredAirbyteCatalog), found " + JsonValues.describeType(json)
                    + (json.isObject() ? " without it" : "") + ". Pass the catalog of this read.");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonNode configured : streams) {
            entries.add(entry(configured, index++, available, seen));
        }
        return new ConfiguredCatalog(entries);
    }

    private static Entry entry(
            JsonNode configured, int index, List<? extends GeneratedStream<?, ?, ?, ?, ?>> available, Set<String> seen)
            throws InputException {
        String where = "Configured catalog, streams[" + index + "]";
        JsonNode nameNode = configured.path("stream").path("name");
        if (!nameNode.isTextual()) {
            throw new InputException(where + ": \"stream\": {\"name\": ...} is missing. Each configured stream"
                    + " needs \"stream\" (with its \"name\"), \"sync_mode\" and \"destination_sync_mode\".");
        }
        String name = nameNode.textValue();
        JsonNode namespaceNode = configured.path("stream").path("namespace");
        String namespace = namespaceNode.isTextual() ? namespaceNode.textValue() : null;
        GeneratedStream<?, ?, ?, ?, ?> stream = find(available, name, namespace);
        if (stream == null) {
            throw new InputException(where + ": the connector has no stream '" + name + "'"
                    + (namespace == null ? "" : " in namespace '" + namespace + "'") + ". Its streams are "
                    + names(available) + "; run discover for the catalog.");
        }
        if (!seen.add(stream.info().toString())) {
            throw new InputException(where + ": stream '" + name + "' is configured twice. List each stream once.");
        }
        JsonNode mode = configured.path("sync_mode");
        if (mode.isMissingNode() || mode.isNull()) {
            throw new InputException(where + ", stream '" + name + "': \"sync_mode\" is missing. Set it to"
                    + " \"full_refresh\"" + (incremental(stream) ? " or \"incremental\"." : "."));
        }
        String text = mode.asText();
        if (text.equals("full_refresh")) {
            return new Entry(stream, false);
        }
        if (!text.equals("incremental") || !mode.isTextual()) {
            throw new InputException(where + ", stream '" + name + "': \"sync_mode\" is " + JsonValues.describe(mode)
                    + "; it must be \"full_refresh\"" + (incremental(stream) ? " or \"incremental\"." : "."));
        }
        if (!incremental(stream)) {
            throw new InputException(where + ", stream '" + name + "': \"sync_mode\" is \"incremental\" but the"
                    + " stream has no @CursorField, so it supports only \"full_refresh\". Configure it as"
                    + " full_refresh.");
        }
        // a stream whose user chooses the cursor is read as the choice cursor_field names
        return new Entry(ChosenCursor.choose(stream, configured, where + ", stream '" + name + "'"), true);
    }

    /** Whether the stream can be synced incrementally: it has a cursor, or owns its state. */
    private static boolean incremental(GeneratedStream<?, ?, ?, ?, ?> stream) {
        return stream.info().incremental() || stream.ownedState() != null;
    }

    private static GeneratedStream<?, ?, ?, ?, ?> find(
            List<? extends GeneratedStream<?, ?, ?, ?, ?>> available, String name, String namespace) {
        for (GeneratedStream<?, ?, ?, ?, ?> stream : available) {
            StreamInfo info = stream.info();
            if (info.name().equals(name) && (namespace == null || namespace.equals(info.namespace()))) {
                return stream;
            }
        }
        return null;
    }

    static String names(List<? extends GeneratedStream<?, ?, ?, ?, ?>> streams) {
        List<String> names = new ArrayList<>();
        for (GeneratedStream<?, ?, ?, ?, ?> stream : streams) {
            names.add("'" + stream.info() + "'");
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
