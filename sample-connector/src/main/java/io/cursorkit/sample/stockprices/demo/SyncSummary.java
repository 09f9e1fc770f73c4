package io.cursorkit.sample.stockprices.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@code read} wrote to stdout, summed up for a person: records per stream, the final state
 * of each stream, and errors. It also writes the final states as a state file for the next sync.
 */
public final class SyncSummary {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Streams with at most this many records have them printed. */
    private static final int SHOWN = 8;

    private final Map<String, Integer> records = new TreeMap<>();
    private final Map<String, List<JsonNode>> firstRecords = new TreeMap<>();
    private final Map<String, JsonNode> finalStates = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();

    private SyncSummary() {}

    /** Reads the protocol messages of one sync, one JSON object per line. */
    public static SyncSummary read(Path output) throws IOException {
        SyncSummary summary = new SyncSummary();
        try (BufferedReader lines = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    summary.add(JSON.readTree(line));
                }
            }
        }
        return summary;
    }

    private void add(JsonNode message) {
        switch (message.path("type").asText()) {
            case "RECORD" -> {
                String stream = message.path("record").path("stream").asText();
                records.merge(stream, 1, Integer::sum);
                List<JsonNode> first = firstRecords.computeIfAbsent(stream, s -> new ArrayList<>());
                if (first.size() <= SHOWN) {
                    first.add(message.path("record").path("data"));
                }
            }
            case "STATE" -> {
                JsonNode state = message.path("state");
                String stream = state.path("stream")
                        .path("stream_descriptor")
                        .path("name")
                        .asText("(global)");
                finalStates.put(stream, state);
            }
            case "TRACE" -> {
                JsonNode error = message.path("trace").path("error");
                if (!error.isMissingNode()) {
                    errors.add(error.path("message").asText());
                }
            }
            default -> {}
        }
    }

    public int records(String stream) {
        return records.getOrDefault(stream, 0);
    }

    /** The final states, as the array of state messages that {@code read --state} accepts. */
    public ArrayNode stateFile() {
        ArrayNode array = JSON.createArrayNode();
        finalStates.values().forEach(array::add);
        return array;
    }

    public void writeState(Path file) throws IOException {
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(stateFile()) + "\n");
    }

    /** Prints records per stream and, per stream, its state before (from {@code stateBefore}) and after. */
    public void print(PrintStream out, JsonNode stateBefore) {
        Map<String, JsonNode> before = new TreeMap<>();
        if (stateBefore != null) {
            for (JsonNode state : stateBefore) {
                before.put(
                        state.path("stream")
                                .path("stream_descriptor")
                                .path("name")
                                .asText(),
                        state);
            }
        }
        TreeMap<String, Integer> streams = new TreeMap<>(records);
        finalStates.keySet().forEach(name -> streams.putIfAbsent(name, 0));
        out.printf("  %-17s %8s  %s%n", "stream", "records", "cursor in state: before -> after");
        streams.forEach((stream, count) -> out.printf(
                "  %-17s %8d  %s -> %s%n", stream, count, cursor(before.get(stream)), cursor(finalStates.get(stream))));
        firstRecords.forEach((stream, first) -> {
            if (first.size() <= SHOWN) {
                out.println("  " + stream + " records:");
                first.forEach(data -> out.println("    " + data));
            }
        });
        errors.forEach(error -> out.println("  ERROR: " + error));
    }

    /**
     * A partitioned stream's cursors per partition: each one when they are dates ({@code AAPL
     * 2024-03-28}), else how many, as timestamps would make the line unreadable.
     */
    private static String partitions(JsonNode partitions) {
        if (!partitions.isArray() || partitions.isEmpty()) {
            return "";
        }
        List<String> each = new java.util.ArrayList<>();
        for (JsonNode partition : partitions) {
            String cursor = partition.path("cursor").asText();
            if (cursor.length() > 10) {
                return " (a cursor per ticker, " + partitions.size() + " tickers)";
            }
            each.add(partition.path("partition").asText() + " " + cursor);
        }
        return " (per ticker: " + String.join(", ", each) + ")";
    }

    /** The state's stream_state without the bookkeeping that is noise to a person. */
    private static String cursor(JsonNode state) {
        if (state == null) {
            return "(none)";
        }
        JsonNode streamState = state.path("stream").path("stream_state");
        if (streamState.isMissingNode()) {
            return "(none)";
        }
        JsonNode shown = streamState.deepCopy();
        JsonNode bookkeeping = shown.path("cursorkit");
        if (shown.isObject() && bookkeeping.isObject()) {
            int keys = bookkeeping.path("keys_at_cursor").size();
            ((com.fasterxml.jackson.databind.node.ObjectNode) shown).remove("cursorkit");
            return shown
                    + (keys == 0 ? "" : keys == 1 ? " (+1 key at the cursor)" : " (+" + keys + " keys at the cursor)")
                    + partitions(bookkeeping.path("partitions"));
        }
        return shown.toString();
    }
}
