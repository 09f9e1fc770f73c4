package io.cursorkit.testkit.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HashMap;
import java.util.Map;

/**
 * A hand-written connector that tests the test kit without the processor: every stream of the
 * catalog yields records {@code id = 1..records} with cursor {@code seq = id}, a STATE {@code
 * {"seq": n}} every {@code interval} records and at the end, and resumes after the state's
 * {@code seq}. The config's {@code bug} makes it break one promise on purpose: {@code lose}
 * (skips the first record after the state), {@code fail_after: n} fails after n records, {@code duplicate} (saves a state one record behind),
 * {@code bad_count}, {@code bad_data} (a string id), {@code far_ignored} (ignores the state), {@code not_json}, {@code invalid}, {@code no_status}, {@code fail}, {@code uncaught}, {@code stack_in_message}, {@code rewind} (resumes two records early).
 */
public final class FakeSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Writer out;

    private FakeSource(Writer out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Writer out = new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        int status = new FakeSource(out).run(args[0], options);
        out.flush();
        System.exit(status);
    }

    private int run(String command, Map<String, String> options) throws IOException {
        switch (command) {
            case "spec" -> {
                line("{\"type\":\"SPEC\",\"spec\":{\"connectionSpecification\":{\"type\":\"object\"}}}");
                return 0;
            }
            case "check" -> {
                line("{\"type\":\"CONNECTION_STATUS\",\"connectionStatus\":{\"status\":\"SUCCEEDED\"}}");
                return 0;
            }
            case "discover" -> {
                line("{\"type\":\"CATALOG\",\"catalog\":{\"streams\":[" + stream("items", true) + ","
                        + stream("notes", false) + "]}}");
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

    private static String stream(String name, boolean key) {
        return "{\"name\":\"" + name + "\",\"json_schema\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":"
                + "\"integer\"},\"seq\":{\"type\":\"integer\"}}},\"supported_sync_modes\":[\"full_refresh\","
                + "\"incremental\"],\"source_defined_cursor\":true,\"default_cursor_field\":[\"seq\"]"
                + (key ? ",\"source_defined_primary_key\":[[\"id\"]]" : "") + "}";
    }

    private int read(Map<String, String> options) throws IOException {
        JsonNode config = MAPPER.readTree(Files.readString(Path.of(options.get("--config"))));
        JsonNode catalog = MAPPER.readTree(Files.readString(Path.of(options.get("--catalog"))));
        Map<String, Long> since = new HashMap<>();
        if (options.containsKey("--state")) {
            for (JsonNode state : MAPPER.readTree(Files.readString(Path.of(options.get("--state"))))) {
                JsonNode stream = state.path("stream");
                since.put(
                        stream.path("stream_descriptor").path("name").asText(),
                        stream.path("stream_state").path("seq").asLong());
            }
        }
        int records = config.path("records").asInt(10);
        int interval = config.path("interval").asInt(3);
        String bug = config.path("bug").asText("none");
        int failAfter = config.path("fail_after").asInt(-1);
        boolean failed = false;
        if (bug.equals("uncaught")) {
            throw new IllegalStateException("nobody catches this");
        }
        if (bug.equals("stack_in_message")) {
            line("{\"type\":\"TRACE\",\"trace\":{\"type\":\"ERROR\",\"emitted_at\":1,\"error\":{\"message\":"
                    + "\"boom\\n\\tat a.b.C.d(C.java:1)\",\"failure_type\":\"system_error\"}}}");
            return 1;
        }
        if (bug.equals("not_json")) {
            line("hello from System.out");
        }
        if (bug.equals("invalid")) {
            line("{\"type\":\"RECORD\",\"record\":{\"stream\":\"items\"}}");
        }
        for (JsonNode configured : catalog.path("streams")) {
            String name = configured.path("stream").path("name").asText();
            if (!bug.equals("no_status")) {
                status(name, "STARTED");
            }
            long from = bug.equals("far_ignored") ? 0L : since.getOrDefault(name, 0L);
            if (bug.equals("lose") && from > 0) {
                from++;
            }
            if (bug.equals("rewind") && from > 0) {
                from = Math.max(0, from - 2);
            }
            int count = 0;
            long last = from;
            boolean streamFailed = false;
            for (long id = from + 1; from < records && id <= records; id++) {
                line("{\"type\":\"RECORD\",\"record\":{\"stream\":\"" + name + "\",\"data\":{\"id\":"
                        + (bug.equals("bad_data") ? "\"" + id + "\"" : id) + ",\"seq\":" + id + "},\"emitted_at\":1}}");
                count++;
                last = id;
                if (--failAfter == 0) {
                    line("{\"type\":\"TRACE\",\"trace\":{\"type\":\"ERROR\",\"emitted_at\":1,\"error\":{"
                            + "\"message\":\"failed on purpose\",\"failure_type\":\"system_error\"}}}");
                    status(name, "INCOMPLETE");
                    failed = true;
                    streamFailed = true;
                    break;
                }
                if (count == interval) {
                    state(name, bug.equals("duplicate") ? last - 1 : last, bug.equals("bad_count") ? 99 : count);
                    count = 0;
                }
            }
            if (streamFailed) {
                continue;
            }
            state(name, last, count);
            if (bug.equals("fail")) {
                line("{\"type\":\"TRACE\",\"trace\":{\"type\":\"ERROR\",\"emitted_at\":1,\"error\":{\"message\":"
                        + "\"boom\",\"failure_type\":\"system_error\"}}}");
                status(name, "INCOMPLETE");
                return 1;
            }
            if (!bug.equals("no_status")) {
                status(name, "COMPLETE");
            }
        }
        return failed ? 1 : 0;
    }

    private void state(String stream, long seq, int count) throws IOException {
        ObjectNode state = MAPPER.createObjectNode();
        state.put("type", "STREAM");
        ObjectNode streamState = state.putObject("stream");
        streamState.putObject("stream_descriptor").put("name", stream);
        streamState.putObject("stream_state").put("seq", seq);
        state.putObject("sourceStats").put("recordCount", (double) count);
        line("{\"type\":\"STATE\",\"state\":" + MAPPER.writeValueAsString(state) + "}");
        out.flush();
    }

    private void status(String stream, String status) throws IOException {
        line("{\"type\":\"TRACE\",\"trace\":{\"type\":\"STREAM_STATUS\",\"emitted_at\":1,\"stream_status\":{"
                + "\"stream_descriptor\":{\"name\":\"" + stream + "\"},\"status\":\"" + status + "\"}}}");
    }

    private void line(String json) throws IOException {
        out.write(json);
        out.write('\n');
    }
}
