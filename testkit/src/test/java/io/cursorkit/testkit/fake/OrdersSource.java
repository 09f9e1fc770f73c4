package io.cursorkit.testkit.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A hand-written connector shaped like a cursorkit one, to test how the test kit explains loss: one
 * stream {@code orders} (primary key {@code id}, cursor {@code seq}, also a {@code created} field)
 * with {@code records} rows, {@code ties} rows per cursor value, and a STATE every {@code interval}
 * records holding the cursor and the keys already emitted at it ({@code cursorkit.keys_at_cursor}),
 * as the runtime writes it.
 *
 * <p>Like the runtime, it drops what {@code read} returns below the state's cursor and the keys the
 * state lists at it. The config's {@code read} says what the author's {@code read(since)} returns:
 * {@code ge} (rows with {@code seq >= since}, the right way), {@code gt} ({@code seq > since}: the
 * rows tied at the state are lost), {@code ignore} (every row, whatever since is: fine),
 * {@code unsorted} (every row, shuffled, the state at the highest cursor seen: rows below it not
 * emitted yet are lost), {@code other_field} ({@code created >= since}, and every third row was
 * created 5 before its {@code seq}) and {@code ahead} (sorted, but every STATE names the cursor one
 * above the last record's).
 */
public final class OrdersSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Writer out;

    private OrdersSource(Writer out) {
        this.out = out;
    }

    /** One row: {@code created} is a second date-like field that is not the cursor. */
    private record Order(long id, long seq, long created) {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Writer out = new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        int status = new OrdersSource(out).run(args[0], options);
        out.flush();
        System.exit(status);
    }

    private int run(String command, Map<String, String> options) throws IOException {
        switch (command) {
            case "discover" -> {
                line("{\"type\":\"CATALOG\",\"catalog\":{\"streams\":[{\"name\":\"orders\",\"json_schema\":{"
                        + "\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"},\"seq\":{\"type\":"
                        + "\"integer\"},\"created\":{\"type\":\"integer\"}}},\"supported_sync_modes\":["
                        + "\"full_refresh\",\"incremental\"],\"source_defined_cursor\":true,\"default_cursor_field\":"
                        + "[\"seq\"],\"source_defined_primary_key\":[[\"id\"]]}]}}");
                return 0;
            }
            case "read" -> {
                return read(options);
            }
            default -> {
                return 2;
            }
        }
    }

    private int read(Map<String, String> options) throws IOException {
        JsonNode config = MAPPER.readTree(Files.readString(Path.of(options.get("--config"))));
        int records = config.path("records").asInt(30);
        int ties = config.path("ties").asInt(1);
        int interval = config.path("interval").asInt(5);
        String mode = config.path("read").asText("ge");
        Long since = null;
        Set<Long> keys = new HashSet<>();
        if (options.containsKey("--state")) {
            for (JsonNode state : MAPPER.readTree(Files.readString(Path.of(options.get("--state"))))) {
                JsonNode streamState = state.path("stream").path("stream_state");
                if (streamState.has("seq")) {
                    since = streamState.get("seq").asLong();
                    streamState
                            .path("cursorkit")
                            .path("keys_at_cursor")
                            .forEach(key -> keys.add(key.get(0).asLong()));
                }
            }
        }
        status("STARTED");
        Long max = since;
        Set<Long> atMax = new HashSet<>(keys);
        int count = 0;
        boolean stated = false;
        for (Order order : authorsRead(mode, records, ties, since)) {
            // what the runtime does with what read returned
            if (since != null && (order.seq() < since || order.seq() == since && keys.contains(order.id()))) {
                continue;
            }
            line("{\"type\":\"RECORD\",\"record\":{\"stream\":\"orders\",\"data\":{\"id\":" + order.id() + ",\"seq\":"
                    + order.seq() + ",\"created\":" + order.created() + "},\"emitted_at\":1}}");
            if (max == null || order.seq() > max) {
                max = order.seq();
                atMax.clear();
            }
            if (order.seq() == max) {
                atMax.add(order.id());
            }
            if (++count == interval) {
                state(max, atMax, count, mode.equals("ahead"));
                stated = true;
                count = 0;
            }
        }
        if (count > 0 || !stated) {
            state(max, atMax, count, mode.equals("ahead"));
        }
        status("COMPLETE");
        return 0;
    }

    /** What the connector author's {@code read(since)} returns, in its order. */
    private static List<Order> authorsRead(String mode, int records, int ties, Long since) {
        List<Order> all = new ArrayList<>();
        for (long id = 1; id <= records; id++) {
            long seq = (id - 1) / ties + 1;
            all.add(new Order(id, seq, id % 3 == 0 ? seq - 5 : seq));
        }
        if (since == null && !mode.equals("unsorted")) {
            return all;
        }
        return switch (mode) {
            case "ge", "ahead" -> all.stream().filter(o -> o.seq() >= since).toList();
            case "gt" -> all.stream().filter(o -> o.seq() > since).toList();
            case "other_field" -> all.stream().filter(o -> o.created() >= since).toList();
            case "ignore" -> all;
            case "unsorted" -> {
                Collections.shuffle(all, new Random(42));
                yield all;
            }
            default -> throw new IllegalArgumentException("unknown read mode " + mode);
        };
    }

    private void state(Long cursor, Set<Long> keysAtCursor, int count, boolean ahead) throws IOException {
        ObjectNode state = MAPPER.createObjectNode();
        state.put("type", "STREAM");
        ObjectNode stream = state.putObject("stream");
        stream.putObject("stream_descriptor").put("name", "orders");
        ObjectNode streamState = stream.putObject("stream_state");
        if (cursor != null) {
            streamState.put("seq", ahead ? cursor + 1 : cursor);
            ArrayNode keys = streamState.putObject("cursorkit").putArray("keys_at_cursor");
            if (!ahead) {
                keysAtCursor.stream().sorted().forEach(id -> keys.addArray().add(id));
            }
        }
        state.putObject("sourceStats").put("recordCount", (double) count);
        line("{\"type\":\"STATE\",\"state\":" + MAPPER.writeValueAsString(state) + "}");
        out.flush();
    }

    private void status(String status) throws IOException {
        line("{\"type\":\"TRACE\",\"trace\":{\"type\":\"STREAM_STATUS\",\"emitted_at\":1,\"stream_status\":{"
                + "\"stream_descriptor\":{\"name\":\"orders\"},\"status\":\"" + status + "\"}}}");
    }

    private void line(String json) throws IOException {
        out.write(json);
        out.write('\n');
    }
}
