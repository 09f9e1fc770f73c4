package io.cursorkit.runtime.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code state}: the state to pass to the next {@code read --state}, as an array of per-stream
 * state messages ({@code "type": "STREAM"}), one per stream.
 *
 * <p>A stream's entry is the last STATE the read printed for it, as printed. A stream for which the
 * read printed no STATE keeps its entry of the previous state file, if one is given. A stream whose
 * read failed keeps the last STATE it printed before failing: that is where the next read resumes.
 * Streams are matched by name, as the runtime matches them.
 *
 * <p>The previous state may be in any form {@code --state} accepts (an array of state messages,
 * one message, a GLOBAL or LEGACY state, a legacy blob); each of its streams becomes a STREAM
 * message holding the stream's state as it was.
 */
final class StateCommand {
    /** Per stream name: the state message, and where it came from (for the summary). */
    private final Map<String, ObjectNode> states = new LinkedHashMap<>();

    private final Map<String, String> origins = new LinkedHashMap<>();

    /** Takes every stream of a previous state file (the value of {@code --previous}). */
    void previous(JsonNode state, String file) throws ToolException {
        if (state == null || state.isMissingNode() || state.isNull()) {
            return;
        }
        if (state.isArray()) {
            int index = 0;
            for (JsonNode message : state) {
                addMessage(message, file + " [" + index++ + "]", file);
            }
        } else if (state.isObject() && isMessage(state)) {
            addMessage(state, file, file);
        } else if (state.isObject()) {
            addLegacy(state, file);
        } else {
            throw ToolException.input(file + " is " + MessageFile.kind(state) + ", not a state: pass the file a"
                    + " previous `state` command wrote, or any state `read --state` accepts.");
        }
    }

    /** Takes the last STATE of each stream in the output of a read. */
    void read(MessageFile output) throws ToolException {
        for (MessageFile.Line line : output.ofType("STATE")) {
            addMessage(line.message(), output.name + " line " + line.number(), output.name + " line " + line.number());
        }
    }

    /** The state, as {@code read --state} takes it; an empty array when there is none. */
    ArrayNode result() {
        ArrayNode array = MessageFile.MAPPER.createArrayNode();
        states.values().forEach(array::add);
        return array;
    }

    /** One line per stream for a person: where its state comes from. */
    String summary() {
        StringBuilder text = new StringBuilder();
        origins.forEach((stream, origin) ->
                text.append(stream).append(": from ").append(origin).append('\n'));
        return text.toString();
    }

    private static boolean isMessage(JsonNode json) {
        String type = json.path("type").asText("");
        return type.equals("STREAM")
                || type.equals("GLOBAL")
                || type.equals("LEGACY")
                || type.equals("STATE")
                || json.path("stream").has("stream_descriptor")
                || json.path("global").has("stream_states")
                || (json.size() == 1 && json.path("data").isObject());
    }

    private void addMessage(JsonNode message, String where, String origin) throws ToolException {
        if (message.path("type").asText().equals("STATE")
                && message.path("state").isObject()) {
            message = message.get("state"); // a whole AirbyteMessage
        }
        if (!message.isObject()) {
            throw ToolException.input(
                    where + ": a state message must be an object, found " + MessageFile.kind(message));
        }
        String type = message.path("type").isTextual() ? message.get("type").textValue() : null;
        if ("STREAM".equals(type) || (type == null && message.has("stream"))) {
            String name = streamName(message.path("stream"), where);
            put(name, ((ObjectNode) message).deepCopy(), origin);
        } else if ("GLOBAL".equals(type) || (type == null && message.has("global"))) {
            JsonNode streamStates = message.path("global").path("stream_states");
            if (!streamStates.isArray()) {
                throw ToolException.input(where + ": a GLOBAL state without \"global\": {\"stream_states\": [...]}");
            }
            int index = 0;
            for (JsonNode streamState : streamStates) {
                String name = streamName(streamState, where + " global.stream_states[" + index++ + "]");
                put(name, streamMessage(streamState.get("stream_descriptor"), streamState.get("stream_state")), origin);
            }
        } else if ("LEGACY".equals(type) || (type == null && message.has("data"))) {
            if (!message.path("data").isObject()) {
                throw ToolException.input(where + ": a LEGACY state without a \"data\" object");
            }
            addLegacy(message.get("data"), origin);
        } else {
            throw ToolException.input(
                    where + ": a state message of type " + message.get("type") + "; expected STREAM, GLOBAL or LEGACY");
        }
    }

    private void addLegacy(JsonNode blob, String origin) {
        for (Iterator<Map.Entry<String, JsonNode>> it = blob.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            ObjectNode descriptor = MessageFile.MAPPER.createObjectNode().put("name", field.getKey());
            put(field.getKey(), streamMessage(descriptor, field.getValue()), origin);
        }
    }

    private static String streamName(JsonNode streamState, String where) throws ToolException {
        JsonNode name = streamState.path("stream_descriptor").path("name");
        if (!name.isTextual()) {
            throw ToolException.input(where + ": a stream state without \"stream_descriptor\": {\"name\": ...}");
        }
        return name.textValue();
    }

    private static ObjectNode streamMessage(JsonNode descriptor, JsonNode streamState) {
        ObjectNode message = MessageFile.MAPPER.createObjectNode();
        message.put("type", "STREAM");
        ObjectNode stream = message.putObject("stream");
        stream.set("stream_descriptor", descriptor.deepCopy());
        if (streamState != null) {
            stream.set("stream_state", streamState.deepCopy());
        }
        return message;
    }

    private void put(String stream, ObjectNode message, String origin) {
        states.put(stream, message);
        origins.put(stream, origin);
    }
}
