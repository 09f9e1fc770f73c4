package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A destination as the Airbyte protocol defines commits: it reads a connector's messages in
 * order, holds each stream's records until a STATE of that stream (or a GLOBAL or LEGACY state)
 * follows them, and then commits them together with the state. What a killed run printed after
 * its last state is lost, as it would be in a real destination.
 */
final class SimulatedDestination {
    /** A committed record, with where it came from (for failure messages). */
    record Committed(JsonNode data, int run, int line) {}

    private final Map<String, List<Committed>> committed = new LinkedHashMap<>();
    private final Map<String, JsonNode> states = new LinkedHashMap<>();
    private int runs;

    /** Starts from a saved state (the {@code --state} of the first sync), or none when null. */
    SimulatedDestination(JsonNode initialState) {
        if (initialState != null && initialState.isArray()) {
            for (JsonNode state : initialState) {
                String stream = ConnectorRun.streamOfState(state);
                states.put(stream != null ? "stream:" + stream : "type:" + Json.text(state, "type"), state);
            }
        }
    }

    /**
     * Reads every message of one run, committing what states commit.
     *
     * @return per stream, the records of this run that no state committed (lost with the run)
     */
    Map<String, Integer> consume(ConnectorRun run) {
        runs++;
        Map<String, List<Committed>> pending = new LinkedHashMap<>();
        List<JsonNode> messages = run.messages();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String type = Json.text(message, "type");
            if ("RECORD".equals(type)) {
                JsonNode record = message.get("record");
                pending.computeIfAbsent(Json.text(record, "stream"), s -> new ArrayList<>())
                        .add(new Committed(record.get("data"), runs, i + 1));
            } else if ("STATE".equals(type)) {
                JsonNode state = message.get("state");
                String stream = ConnectorRun.streamOfState(state);
                if (stream != null) {
                    commit(stream, pending.remove(stream));
                    states.put("stream:" + stream, state);
                } else {
                    pending.forEach(this::commit);
                    pending.clear();
                    states.put("type:" + Json.text(state, "type"), state);
                }
            }
        }
        Map<String, Integer> uncommitted = new LinkedHashMap<>();
        pending.forEach((stream, records) -> uncommitted.put(stream, records.size()));
        return uncommitted;
    }

    private void commit(String stream, List<Committed> records) {
        List<Committed> into = committed.computeIfAbsent(stream, s -> new ArrayList<>());
        if (records != null) {
            into.addAll(records);
        }
    }

    /** The records committed for {@code stream} over all runs, in order. */
    List<Committed> committed(String stream) {
        return committed.getOrDefault(stream, List.of());
    }

    /** Drops what was committed for {@code stream} (a full refresh overwrites it). */
    void truncate(String stream) {
        committed.remove(stream);
    }

    /** The state to resume from: the last committed state of each stream; null when none. */
    ArrayNode resumeState() {
        if (states.isEmpty()) {
            return null;
        }
        ArrayNode array = Json.array();
        states.values().forEach(array::add);
        return array;
    }

    /** The last committed {@code stream_state} of a stream, or null. */
    JsonNode streamState(String stream) {
        JsonNode state = states.get("stream:" + stream);
        return state == null ? null : state.path("stream").get("stream_state");
    }

    int runs() {
        return runs;
    }
}
