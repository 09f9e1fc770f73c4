package io.cursorkit.sample.stockticker.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The helper of {@code run-demo.sh}; not part of the connector.
 *
 * <pre>
 * DemoTool summarize SYNC_OUTPUT [--before STATE] [--save-state STATE_AFTER]
 * DemoTool advance BASE_URL DAYS     (the local API adds days of prices and trades)
 * DemoTool stats BASE_URL            (what the local API has answered so far)
 * </pre>
 *
 * {@code summarize} prints, for a person, the records per stream, the cursor in the state before
 * and after, and how many requests the connector retried; with {@code --save-state} it writes the
 * last state of each stream, which {@code read --state} takes.
 */
public final class DemoTool {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoTool() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length >= 2 && args[0].equals("summarize")) {
            Path before = null;
            Path save = null;
            for (int i = 2; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--before" -> before = Path.of(args[i + 1]);
                    case "--save-state" -> save = Path.of(args[i + 1]);
                    default -> usage();
                }
            }
            summarize(Path.of(args[1]), before, save);
        } else if (args.length == 3 && args[0].equals("advance")) {
            JsonNode data = JSON.readTree(call(args[1], "POST", "/admin/advance?days=" + args[2]));
            System.out.println(
                    "  the API now has prices from " + data.path("first_day").asText() + " to "
                            + data.path("last_day").asText() + " and "
                            + data.path("trades").asLong() + " trades");
        } else if (args.length == 2 && args[0].equals("stats")) {
            JsonNode stats = JSON.readTree(call(args[1], "GET", "/admin/stats"));
            System.out.println(
                    "  the API's answers so far: " + stats.path("requests").asLong() + " requests, "
                            + stats.path("ok").asLong() + " 200 OK, "
                            + stats.path("throttled").asLong()
                            + " 429 Too Many Requests (with Retry-After), "
                            + stats.path("failed").asLong() + " 5xx, "
                            + stats.path("unauthorized").asLong() + " 401");
        } else {
            usage();
        }
    }

    private static void usage() {
        System.err.println("usage: DemoTool summarize SYNC_OUTPUT [--before STATE] [--save-state STATE_AFTER]\n"
                + "       DemoTool advance BASE_URL DAYS\n"
                + "       DemoTool stats BASE_URL");
        System.exit(2);
    }

    private static String call(String baseUrl, String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void summarize(Path output, Path before, Path save) throws IOException {
        Map<String, Integer> records = new TreeMap<>();
        Map<String, JsonNode> states = new LinkedHashMap<>();
        int retries = 0;
        List<String> lines = Files.readAllLines(output);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode message = JSON.readTree(line);
            switch (message.path("type").asText()) {
                case "RECORD" -> records.merge(
                        message.path("record").path("stream").asText(), 1, Integer::sum);
                case "STATE" -> states.put(streamOf(message.path("state")), message.path("state"));
                case "LOG" -> {
                    if (message.path("log").path("message").asText().contains("retrying in")) {
                        retries++;
                    }
                }
                case "TRACE" -> {
                    JsonNode error = message.path("trace").path("error");
                    if (!error.isMissingNode()) {
                        System.out.println("  ERROR: " + error.path("message").asText());
                    }
                }
                default -> {}
            }
        }
        Map<String, JsonNode> previous = new TreeMap<>();
        if (before != null) {
            for (JsonNode state : JSON.readTree(before.toFile())) {
                previous.put(streamOf(state), state);
            }
        }
        Map<String, Integer> streams = new TreeMap<>(records);
        states.keySet().forEach(stream -> streams.putIfAbsent(stream, 0));
        System.out.printf("  %-13s %8s  %s%n", "stream", "records", "cursor in the state: before -> after");
        streams.forEach((stream, count) -> System.out.printf(
                "  %-13s %8d  %s -> %s%n", stream, count, cursor(previous.get(stream)), cursor(states.get(stream))));
        System.out.println("  requests retried by the connector (429 and 5xx answers): " + retries);
        if (save != null) {
            ArrayNode file = JSON.createArrayNode();
            states.values().forEach(file::add);
            Files.writeString(save, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file) + "\n");
        }
    }

    private static String streamOf(JsonNode state) {
        return state.path("stream").path("stream_descriptor").path("name").asText();
    }

    /** The stream_state without cursorkit's bookkeeping, which only says how many keys it holds. */
    private static String cursor(JsonNode state) {
        if (state == null || !state.path("stream").path("stream_state").isObject()) {
            return "(none)";
        }
        ObjectNode shown = state.path("stream").path("stream_state").deepCopy();
        JsonNode bookkeeping = shown.remove("cursorkit");
        int keys = bookkeeping == null ? 0 : bookkeeping.path("keys_at_cursor").size();
        return (shown.isEmpty() ? "{}" : shown.toString())
                + (keys == 0 ? "" : keys == 1 ? " (+1 key at the cursor)" : " (+" + keys + " keys at the cursor)");
    }
}
