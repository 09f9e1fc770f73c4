package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.JsonValues;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code --state} file, in any of its forms, as one state blob per stream: an array of
 * state messages ({@code STREAM}, {@code GLOBAL} with {@code stream_states}, {@code LEGACY} with
 * {@code data}), one state message, or a legacy blob {@code {"stream": {...}}} or {@code
 * {"stream": <bare cursor>}}. An empty file, {@code {}} and {@code []} mean no state. A blob is
 * checked against its stream by {@link ResumePoint}.
 *
 * <p>A stream is named by namespace and name, as in the protocol's stream descriptor: two streams
 * of one name in different namespaces have states of their own, and a state that names another
 * namespace is never taken for a stream's (that would filter with someone else's cursor). A state
 * that names no namespace (the legacy forms, or a descriptor without one) is found by name alone.
 */
final class StateInput {
    /** One stream's state: the namespace (nullable) and name it named, and its blob. */
    record StreamEntry(String namespace, String name, JsonNode blob) {
        /** How a person reads the stream it names, as {@code StreamDescriptor} writes it. */
        String describe() {
            return namespace == null ? name : namespace + "." + name;
        }
    }

    /** By {@link #key}: the last state given for a stream wins, as before. */
    private final Map<String, StreamEntry> streams = new LinkedHashMap<>();

    private StateInput() {}

    static StateInput none() {
        return new StateInput();
    }

    static StateInput parse(JsonNode json) throws InputException {
        StateInput state = new StateInput();
        if (json == null || json.isMissingNode() || json.isNull()) {
            return state;
        }
        if (json.isArray()) {
            int index = 0;
            for (JsonNode message : json) {
                state.addMessage(message, "state[" + index++ + "]");
            }
        } else if (json.isObject()) {
            if (isMessage(json)) {
                state.addMessage(json, "state");
            } else {
                state.addLegacy(json);
            }
        } else {
            throw new InputException("The state must be a JSON array of state messages, one state message or"
                    + " an object of stream states, found " + JsonValues.describe(json)
                    + ". Pass the state the previous sync emitted, or no --state for a first sync.");
        }
        return state;
    }

    /**
     * The state of the stream {@code namespace.name}: the one that names exactly that stream, else
     * one that names {@code name} without a namespace; null when there is none.
     */
    StreamEntry get(String namespace, String name) {
        StreamEntry exact = streams.get(key(namespace, name));
        return exact != null || namespace == null ? exact : streams.get(key(null, name));
    }

    /** Every stream state given, in the order of the file. */
    Collection<StreamEntry> entries() {
        return streams.values();
    }

    private static String key(String namespace, String name) {
        // A NUL cannot occur in a JSON-decoded name that a person would write; it keeps the two apart.
        return namespace == null ? name : namespace + '\u0000' + name;
    }

    private void put(String namespace, String name, JsonNode blob) {
        String key = key(namespace, name);
        streams.remove(key); // a later entry moves to the end, as the file orders it
        streams.put(key, new StreamEntry(namespace, name, blob));
    }

    private static boolean isMessage(JsonNode json) {
        JsonNode type = json.get("type");
        if (type != null && type.isTextual()) {
            String t = type.textValue();
            if (t.equals("STREAM") || t.equals("GLOBAL") || t.equals("LEGACY") || t.equals("STATE")) {
                return true;
            }
        }
        return json.path("stream").has("stream_descriptor")
                || json.path("global").has("stream_states")
                || (json.size() == 1 && json.path("data").isObject());
    }

    private void addMessage(JsonNode message, String where) throws InputException {
        if (message.path("type").asText().equals("STATE")
                && message.path("state").isObject()) {
            message = message.get("state"); // a whole AirbyteMessage
        }
        if (!message.isObject()) {
            throw new InputException(where + " must be a state message object, found " + JsonValues.describe(message)
                    + ". Pass the state the previous sync emitted.");
        }
        JsonNode type = message.path("type");
        String t = type.isTextual() ? type.textValue() : null;
        if ("STREAM".equals(t) || (t == null && message.has("stream"))) {
            addStreamState(message.path("stream"), where + ".stream");
        } else if ("GLOBAL".equals(t) || (t == null && message.has("global"))) {
            JsonNode states = message.path("global").path("stream_states");
            if (!states.isArray()) {
                throw new InputException(where + " is a GLOBAL state without a \"global\": {\"stream_states\": [...]}"
                        + " array. Pass the state the previous sync emitted.");
            }
            int index = 0;
            for (JsonNode streamState : states) {
                addStreamState(streamState, where + ".global.stream_states[" + index++ + "]");
            }
        } else if ("LEGACY".equals(t) || (t == null && message.has("data"))) {
            JsonNode data = message.path("data");
            if (!data.isObject()) {
                throw new InputException(where + " is a LEGACY state without a \"data\" object. Pass the state the"
                        + " previous sync emitted.");
            }
            addLegacy(data);
        } else {
            throw new InputException(where + " has the type " + JsonValues.describe(type) + "; a state message has"
                    + " \"type\" STREAM, GLOBAL or LEGACY. Pass the state the previous sync emitted.");
        }
    }

    private void addStreamState(JsonNode streamState, String where) throws InputException {
        JsonNode name = streamState.path("stream_descriptor").path("name");
        if (!name.isTextual()) {
            throw new InputException(where + " has no \"stream_descriptor\": {\"name\": ...}. Pass the state the"
                    + " previous sync emitted.");
        }
        JsonNode namespace = streamState.path("stream_descriptor").path("namespace");
        JsonNode blob = streamState.path("stream_state");
        put(namespace.isTextual() ? namespace.textValue() : null, name.textValue(), blob);
    }

    private void addLegacy(JsonNode blob) {
        Iterator<Map.Entry<String, JsonNode>> fields = blob.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            put(null, field.getKey(), field.getValue());
        }
    }
}
