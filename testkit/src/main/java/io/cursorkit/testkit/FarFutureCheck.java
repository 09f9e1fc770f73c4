package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that a state whose cursor lies far in the future yields no record: every incremental
 * stream of the catalog gets a state holding the largest cursor of its JSON type, and the sync
 * must succeed, emit no record with a cursor in those streams (records whose cursor is null are
 * always emitted, so they are not counted), and end with the same cursor.
 *
 * <p>The far value follows the cursor's JSON Schema in the catalog: {@code integer} ->
 * {@code 9223372036854775807} (or {@code 2147483647} when the connector rejects the first as a
 * config error), {@code number} -> {@code 1.7976931348623157E308}, {@code format: date} ->
 * {@code "9999-12-31"}, {@code format: date-time} -> {@code "9999-12-31T23:59:59Z"} or {@code
 * "9999-12-31T23:59:59"} without a time zone, other strings -> {@code "\uFFFF\uFFFF\uFFFF\uFFFF"}.
 * {@link #cursor} sets it explicitly.
 */
public final class FarFutureCheck {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ConnectorProcess process;
    private final JsonNode config;
    private final JsonNode catalog;
    private final StreamKeys streams;
    private final Map<String, JsonNode> explicit = new LinkedHashMap<>();

    private FarFutureCheck(ConnectorProcess process, JsonNode config, JsonNode catalog) {
        this.process = Objects.requireNonNull(process, "process");
        this.config = Objects.requireNonNull(config, "config");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.streams = new StreamKeys(catalog);
    }

    /** A check of {@code process} syncing {@code configuredCatalog} with {@code config}. */
    public static FarFutureCheck of(ConnectorProcess process, JsonNode config, JsonNode configuredCatalog) {
        return new FarFutureCheck(process, config, configuredCatalog);
    }

    /** Uses {@code value} as the far-future cursor of {@code stream}. */
    public FarFutureCheck cursor(String stream, JsonNode value) {
        if (streams.get(stream) == null) {
            throw new IllegalArgumentException("no stream '" + stream + "' in the catalog");
        }
        explicit.put(stream, value);
        return this;
    }

    /**
     * Runs the sync from the far-future state and checks it.
     *
     * @return the run, for more assertions
     * @throws AssertionError naming the stream and the records it emitted
     */
    public ConnectorRun check() {
        Map<String, List<JsonNode>> candidates = new LinkedHashMap<>();
        for (StreamKeys.Stream stream : streams.all()) {
            if (stream.incremental() && stream.cursor().size() == 1) {
                candidates.put(stream.name(), candidates(stream));
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("the catalog has no incremental stream with a one-field cursor");
        }
        int attempts = candidates.values().stream().mapToInt(List::size).max().orElse(1);
        ConnectorRun run = null;
        Map<String, JsonNode> used = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            used = new LinkedHashMap<>();
            for (Map.Entry<String, List<JsonNode>> entry : candidates.entrySet()) {
                List<JsonNode> values = entry.getValue();
                used.put(entry.getKey(), values.get(Math.min(attempt, values.size() - 1)));
            }
            run = process.read(config, catalog, state(used));
            boolean configError = run.exitCode() != 0
                    && run.errors().stream().anyMatch(e -> "config_error".equals(Json.text(e, "failure_type")));
            if (!configError) {
                break;
            }
        }
        String context = "Far-future state check of " + process.describe() + " with cursors " + used + "\n";
        try {
            run.assertValidProtocol().assertSucceeded();
        } catch (AssertionError e) {
            throw new AssertionError(context + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : used.entrySet()) {
            String name = entry.getKey();
            List<String> cursor = streams.get(name).cursor();
            List<String> emitted = new ArrayList<>();
            for (JsonNode data : run.records(name)) {
                if (!StreamKeys.at(data, cursor).isNull()) {
                    emitted.add(Json.brief(data));
                }
            }
            if (!emitted.isEmpty()) {
                problems.add("stream '" + name + "' emitted " + emitted.size() + " records from a state at cursor "
                        + entry.getValue() + ", first: " + emitted.subList(0, Math.min(3, emitted.size())));
            }
            JsonNode end =
                    run.lastStreamState(name).map(s -> s.get(cursor.get(0))).orElse(null);
            if (!sameValue(end, entry.getValue())) {
                problems.add("stream '" + name + "' started at cursor " + entry.getValue() + " but its last state has "
                        + end + "; a state must never move back");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(context + String.join("\n", problems) + "\n" + run.describe());
        }
        return run;
    }

    private List<JsonNode> candidates(StreamKeys.Stream stream) {
        JsonNode given = explicit.get(stream.name());
        if (given != null) {
            return List.of(given);
        }
        JsonNode schema = catalogStream(stream.name()).path("json_schema");
        JsonNode property = schema.path("properties").path(stream.cursor().get(0));
        String type = baseType(property.get("type"));
        String format = Json.text(property, "format");
        String airbyteType = Json.text(property, "airbyte_type");
        if ("integer".equals(type)) {
            return List.of(NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Integer.MAX_VALUE));
        }
        if ("number".equals(type)) {
            return List.of(NODES.numberNode(Double.MAX_VALUE), NODES.numberNode(Float.MAX_VALUE));
        }
        if ("date".equals(format)) {
            return List.of(NODES.textNode("9999-12-31"));
        }
        if ("date-time".equals(format)) {
            String local = "9999-12-31T23:59:59";
            return "timestamp_without_timezone".equals(airbyteType)
                    ? List.of(NODES.textNode(local))
                    : List.of(NODES.textNode(local + "Z"), NODES.textNode(local));
        }
        return List.of(NODES.textNode("\uFFFF\uFFFF\uFFFF\uFFFF"));
    }

    private JsonNode catalogStream(String name) {
        for (JsonNode configured : catalog.path("streams")) {
            if (name.equals(Json.text(configured.path("stream"), "name"))) {
                return configured.path("stream");
            }
        }
        throw new IllegalStateException("no stream " + name);
    }

    private static String baseType(JsonNode type) {
        if (type == null) {
            return null;
        }
        if (type.isTextual()) {
            return type.textValue();
        }
        for (JsonNode element : type) {
            if (!"null".equals(element.asText())) {
                return element.asText();
            }
        }
        return null;
    }

    private ArrayNode state(Map<String, JsonNode> cursors) {
        ArrayNode states = Json.array();
        cursors.forEach((name, value) -> {
            ObjectNode state = states.addObject();
            state.put("type", "STREAM");
            ObjectNode stream = state.putObject("stream");
            stream.putObject("stream_descriptor").put("name", name);
            stream.putObject("stream_state").set(streams.get(name).cursor().get(0), value);
        });
        return states;
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
