package io.cursorkit.runtime.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code configured-catalog}: a ConfiguredAirbyteCatalog from the CATALOG message {@code discover}
 * printed, configured the way the test kit's {@code ConfiguredCatalogBuilder} does by default.
 *
 * <p>Each stream: {@code incremental} when its {@code supported_sync_modes} has it, with its {@code
 * default_cursor_field} as {@code cursor_field}; otherwise {@code full_refresh}. {@code
 * primary_key} is its {@code source_defined_primary_key} when it has one. {@code
 * destination_sync_mode} is {@code append_dedup} for an incremental stream with a primary key,
 * {@code append} for one without, {@code overwrite} for full refresh. {@code --sync-mode} and
 * {@code --destination-sync-mode} set one mode for every stream instead; {@code --stream} selects
 * streams; {@code --cursor-field STREAM=FIELD} picks the cursor of a stream whose user chooses it
 * ({@code source_defined_cursor: false}), which must name a top-level property of its schema (the
 * connector's {@code read} checks that it is one of the stream's choices).
 */
final class CatalogCommand {
    static final List<String> SYNC_MODES = List.of("incremental", "full_refresh");
    static final List<String> DESTINATION_SYNC_MODES = List.of("append", "append_dedup", "overwrite");

    private final String syncMode;
    private final String destinationSyncMode;
    private final List<String> streams;
    private final Map<String, String> cursorFields;

    /**
     * @param syncMode {@code incremental}, {@code full_refresh}, or null for each stream's best
     * @param destinationSyncMode one of {@link #DESTINATION_SYNC_MODES}, or null for the default
     * @param streams the streams to keep, in this order; empty for all, in catalog order
     */
    CatalogCommand(String syncMode, String destinationSyncMode, List<String> streams) {
        this(syncMode, destinationSyncMode, streams, Map.of());
    }

    /** @param cursorFields by stream name, the cursor its user chooses ({@code --cursor-field}) */
    CatalogCommand(
            String syncMode, String destinationSyncMode, List<String> streams, Map<String, String> cursorFields) {
        this.syncMode = syncMode;
        this.destinationSyncMode = destinationSyncMode;
        this.streams = List.copyOf(streams);
        this.cursorFields = Map.copyOf(cursorFields);
    }

    /** The discovered catalog: the {@code catalog} of the file's CATALOG message. */
    static JsonNode discovered(MessageFile file) throws ToolException {
        List<MessageFile.Line> catalogs = file.ofType("CATALOG");
        if (catalogs.isEmpty()) {
            StringBuilder message = new StringBuilder(file.name + " has no CATALOG message");
            for (MessageFile.Line line : file.ofType("TRACE")) {
                JsonNode error = line.message().path("trace").path("error");
                if (error.path("message").isTextual()) {
                    message.append("; line ")
                            .append(line.number())
                            .append(" says the command failed: ")
                            .append(error.path("message").textValue());
                }
            }
            throw ToolException.input(message.append(" (")
                    .append(file.lines.size())
                    .append(" messages read). Pass what `discover --config CONFIG` printed on its standard output.")
                    .toString());
        }
        MessageFile.Line line = catalogs.get(0);
        JsonNode catalog = line.message().get("catalog");
        if (catalog == null || !catalog.path("streams").isArray()) {
            throw ToolException.input(file.name + " line " + line.number() + ": the CATALOG message has no"
                    + " \"catalog\": {\"streams\": [...]}");
        }
        int index = 0;
        for (JsonNode stream : catalog.get("streams")) {
            if (!stream.path("name").isTextual()) {
                throw ToolException.input(
                        file.name + " line " + line.number() + ": catalog.streams[" + index + "] has no \"name\"");
            }
            index++;
        }
        return catalog;
    }

    /** The configured catalog for {@code read --catalog}. */
    ObjectNode configure(JsonNode discovered, String source) throws ToolException {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode stream : discovered.get("streams")) {
            byName.put(stream.get("name").textValue(), stream);
        }
        List<String> chosen = streams.isEmpty() ? new ArrayList<>(byName.keySet()) : streams;
        ObjectNode configured = MessageFile.MAPPER.createObjectNode();
        ArrayNode list = configured.putArray("streams");
        List<String> problems = new ArrayList<>();
        for (String name : cursorFields.keySet()) {
            if (!chosen.contains(name)) {
                problems.add("--cursor-field " + name + "=...: "
                        + (byName.containsKey(name)
                                ? "the stream is not among" + " the --stream ones"
                                : source + " has no stream of that name; it has " + String.join(", ", byName.keySet()))
                        + ".");
            }
        }
        for (String name : chosen) {
            JsonNode stream = byName.get(name);
            if (stream == null) {
                throw ToolException.input("--stream " + name + ": " + source + " has no stream of that name; it has "
                        + String.join(", ", byName.keySet()));
            }
            list.add(configure(stream, problems));
        }
        if (!problems.isEmpty()) {
            throw ToolException.input(String.join("\n", problems));
        }
        return configured;
    }

    private ObjectNode configure(JsonNode stream, List<String> problems) {
        String name = stream.get("name").textValue();
        boolean canIncremental = supports(stream, "incremental");
        String mode = syncMode != null ? syncMode : canIncremental ? "incremental" : "full_refresh";
        if (!supports(stream, mode)) {
            problems.add("stream '" + name + "' does not support " + mode + "; it supports "
                    + stream.path("supported_sync_modes") + ". Leave out --sync-mode to sync each stream"
                    + " incrementally where it can, or pick the streams with --stream.");
        }
        JsonNode primaryKey = stream.get("source_defined_primary_key");
        boolean hasKey = primaryKey != null && primaryKey.isArray() && !primaryKey.isEmpty();
        String destination = destinationSyncMode != null
                ? destinationSyncMode
                : mode.equals("incremental") ? (hasKey ? "append_dedup" : "append") : "overwrite";
        if (destination.equals("append_dedup") && !hasKey) {
            problems.add("stream '" + name + "' has no primary key, which append_dedup needs. Use"
                    + " --destination-sync-mode append or overwrite, or pick the streams with --stream.");
        }
        ObjectNode configured = MessageFile.MAPPER.createObjectNode();
        configured.set("stream", stream.deepCopy());
        configured.put("sync_mode", mode);
        if (mode.equals("incremental")) {
            JsonNode cursor = stream.get("default_cursor_field");
            configured.set(
                    "cursor_field",
                    cursor != null && cursor.isArray() ? cursor.deepCopy() : MessageFile.MAPPER.createArrayNode());
            String chosenCursor = chosenCursor(stream, problems);
            if (chosenCursor != null) {
                configured.set(
                        "cursor_field", MessageFile.MAPPER.createArrayNode().add(chosenCursor));
            }
        } else if (cursorFields.containsKey(name)) {
            problems.add("--cursor-field " + name + "=" + cursorFields.get(name) + ": the stream is synced " + mode
                    + ", which has no cursor. Leave out --sync-mode full_refresh, or the --cursor-field.");
        }
        configured.put("destination_sync_mode", destination);
        if (hasKey) {
            configured.set("primary_key", primaryKey.deepCopy());
        }
        return configured;
    }

    /** The cursor {@code --cursor-field} picks for {@code stream}, or null; a wrong pick is a problem. */
    private String chosenCursor(JsonNode stream, List<String> problems) {
        String name = stream.get("name").textValue();
        String field = cursorFields.get(name);
        if (field == null) {
            return null;
        }
        if (stream.path("source_defined_cursor").asBoolean(false)) {
            problems.add("--cursor-field " + name + "=" + field + ": stream '" + name + "' has a source-defined"
                    + " cursor " + stream.get("default_cursor_field") + "; only a stream whose user chooses the"
                    + " cursor (source_defined_cursor false) takes another.");
            return null;
        }
        JsonNode properties = stream.path("json_schema").path("properties");
        if (!properties.has(field)) {
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            problems.add("--cursor-field " + name + "=" + field + ": stream '" + name + "' has no property '" + field
                    + "'; its properties are " + String.join(", ", names) + ".");
            return null;
        }
        return field;
    }

    /** One line per stream for a person: what was chosen. */
    static String summary(JsonNode configured) {
        StringBuilder text = new StringBuilder();
        for (JsonNode stream : configured.path("streams")) {
            text.append(stream.path("stream").path("name").asText())
                    .append(": ")
                    .append(stream.path("sync_mode").asText());
            if (stream.has("cursor_field")) {
                text.append(", cursor ").append(stream.get("cursor_field"));
            }
            if (stream.has("primary_key")) {
                text.append(", primary key ").append(stream.get("primary_key"));
            }
            text.append(", destination ")
                    .append(stream.path("destination_sync_mode").asText())
                    .append('\n');
        }
        return text.toString();
    }

    private static boolean supports(JsonNode stream, String mode) {
        for (JsonNode supported : stream.path("supported_sync_modes")) {
            if (mode.equals(supported.asText())) {
                return true;
            }
        }
        return false;
    }
}
