package io.cursorkit.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one connector process printed: exit code, stdout lines (parsed as protocol messages)
 * and stderr, with accessors by message type and stream, and the protocol assertions.
 *
 * <p>Streams are matched by name (namespaces are ignored). Accessors never fail on invalid
 * lines; {@link #assertValidProtocol()} reports them.
 */
public final class ConnectorRun {
    private final List<String> args;
    private final int exitCode;
    private final List<String> lines;
    private final String stderr;
    private final JsonNode configuredCatalog;
    private final boolean killed;
    private final boolean timedOut;
    private final Duration timeout;
    private final List<JsonNode> messages = new ArrayList<>();
    private final List<String> unparsable = new ArrayList<>();

    ConnectorRun(
            List<String> args,
            int exitCode,
            List<String> lines,
            String stderr,
            JsonNode configuredCatalog,
            boolean killed,
            boolean timedOut,
            Duration timeout) {
        this.args = List.copyOf(args);
        this.exitCode = exitCode;
        this.lines = Collections.unmodifiableList(new ArrayList<>(lines));
        this.stderr = stderr;
        this.configuredCatalog = configuredCatalog;
        this.killed = killed;
        this.timedOut = timedOut;
        this.timeout = timeout;
        for (int i = 0; i < lines.size(); i++) {
            try {
                messages.add(AirbyteProtocol.parseSingleObject(lines.get(i)));
            } catch (JsonProcessingException e) {
                unparsable.add("line " + (i + 1) + ": not one JSON object: " + e.getOriginalMessage());
            }
        }
    }

    /** The arguments the connector was started with (after the main class). */
    public List<String> args() {
        return args;
    }

    /** The process's exit status (137 or similar when it was killed). */
    public int exitCode() {
        return exitCode;
    }

    /** True when the test kit killed the process before it ended by itself. */
    public boolean killed() {
        return killed;
    }

    /** True when the run exceeded its time limit and was killed. */
    public boolean timedOut() {
        return timedOut;
    }

    /** Every stdout line read, in order. */
    public List<String> stdoutLines() {
        return lines;
    }

    /** Everything the process wrote to stderr (capped at 1 MiB). */
    public String stderr() {
        return stderr;
    }

    /** The configured catalog of a {@code read}, null for other commands. */
    public JsonNode configuredCatalog() {
        return configuredCatalog;
    }

    /** Every stdout line that parsed as a JSON object, in order. */
    public List<JsonNode> messages() {
        return Collections.unmodifiableList(messages);
    }

    /** The messages of one {@code type} ({@code RECORD}, {@code STATE}, ...), in order. */
    public List<JsonNode> messages(String type) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode message : messages) {
            if (type.equals(Json.text(message, "type"))) {
                found.add(message);
            }
        }
        return found;
    }

    /** The {@code record} objects of every RECORD message, in order. */
    public List<JsonNode> records() {
        return payloads("RECORD", "record");
    }

    /** The {@code data} of every RECORD of {@code stream}, in order. */
    public List<JsonNode> records(String stream) {
        List<JsonNode> data = new ArrayList<>();
        for (JsonNode record : records()) {
            if (stream.equals(Json.text(record, "stream"))) {
                data.add(record.get("data"));
            }
        }
        return data;
    }

    /** The number of RECORD messages per stream, in order of first appearance. */
    public Map<String, Integer> recordCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonNode record : records()) {
            counts.merge(String.valueOf(Json.text(record, "stream")), 1, Integer::sum);
        }
        return counts;
    }

    /** The {@code state} objects of every STATE message, in order. */
    public List<JsonNode> states() {
        return payloads("STATE", "state");
    }

    /** The {@code state} objects of the per-stream STATE messages of {@code stream}, in order. */
    public List<JsonNode> states(String stream) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode state : states()) {
            if (stream.equals(streamOfState(state))) {
                found.add(state);
            }
        }
        return found;
    }

    /** The {@code stream_state} of the last STATE of {@code stream}, if any. */
    public Optional<JsonNode> lastStreamState(String stream) {
        List<JsonNode> found = states(stream);
        return found.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(found.get(found.size() - 1).path("stream").get("stream_state"));
    }

    /**
     * What to pass as {@code --state} to resume after this run: an array holding the last STATE
     * of each stream (and the last GLOBAL or LEGACY state, if any), in order of first appearance.
     */
    public ArrayNode lastState() {
        Map<String, JsonNode> last = new LinkedHashMap<>();
        for (JsonNode state : states()) {
            String stream = streamOfState(state);
            last.put(stream != null ? "stream:" + stream : "type:" + Json.text(state, "type"), state);
        }
        ArrayNode array = Json.array();
        last.values().forEach(array::add);
        return array;
    }

    /** The {@code trace} objects of every TRACE message, in order. */
    public List<JsonNode> traces() {
        return payloads("TRACE", "trace");
    }

    /** The {@code error} objects of the TRACE ERROR messages, in order. */
    public List<JsonNode> errors() {
        List<JsonNode> errors = new ArrayList<>();
        for (JsonNode trace : traces()) {
            if ("ERROR".equals(Json.text(trace, "type")) && trace.has("error")) {
                errors.add(trace.get("error"));
            }
        }
        return errors;
    }

    /** The STREAM_STATUS values ({@code STARTED}, {@code RUNNING}, ...) of {@code stream}, in order. */
    public List<String> streamStatuses(String stream) {
        List<String> statuses = new ArrayList<>();
        for (JsonNode trace : traces()) {
            JsonNode status = trace.get("stream_status");
            if ("STREAM_STATUS".equals(Json.text(trace, "type"))
                    && status != null
                    && stream.equals(Json.text(status.get("stream_descriptor"), "name"))) {
                statuses.add(Json.text(status, "status"));
            }
        }
        return statuses;
    }

    /** The {@code log} objects of every LOG message, in order. */
    public List<JsonNode> logs() {
        return payloads("LOG", "log");
    }

    /** The text of every LOG message, as {@code LEVEL message}. */
    public List<String> logLines() {
        List<String> texts = new ArrayList<>();
        for (JsonNode log : logs()) {
            texts.add(Json.text(log, "level") + " " + Json.text(log, "message"));
        }
        return texts;
    }

    /** The {@code connectionStatus} of a {@code check}. */
    public Optional<JsonNode> connectionStatus() {
        return single("CONNECTION_STATUS", "connectionStatus");
    }

    /** The {@code spec} of a {@code spec}. */
    public Optional<JsonNode> spec() {
        return single("SPEC", "spec");
    }

    /**
     * The {@code catalog} of a {@code discover}.
     *
     * @throws AssertionError if there is none
     */
    public JsonNode catalog() {
        return single("CATALOG", "catalog")
                .orElseThrow(() -> new AssertionError("no CATALOG message in the output\n" + describe()));
    }

    /**
     * Asserts that every stdout line is one JSON object valid against the Airbyte protocol's
     * {@code AirbyteMessage}, and that the messages are consistent: the {@code recordCount} of
     * each STATE equals the records of its stream since its previous STATE; for a {@code read},
     * every configured stream gets {@code STARTED} before anything else of it and one final
     * {@code COMPLETE} or {@code INCOMPLETE}, no record or state names a stream outside the
     * catalog, every record's {@code data} matches its stream's {@code json_schema}, and a
     * successful run has at least one STATE per stream and no TRACE ERROR; a
     * failed run has one. A killed run is checked only up to where it was killed.
     *
     * @return this, for chaining
     * @throws AssertionError listing every problem, with the output
     */
    public ConnectorRun assertValidProtocol() {
        List<String> problems = ProtocolChecks.check(this, unparsable);
        if (!problems.isEmpty()) {
            throw new AssertionError("The connector's output breaks the Airbyte protocol:\n  - "
                    + String.join("\n  - ", problems) + "\n" + describe());
        }
        return this;
    }

    /**
     * Asserts that the process exited with 0 and emitted no TRACE ERROR.
     *
     * @return this, for chaining
     */
    public ConnectorRun assertSucceeded() {
        if (exitCode != 0 || !errors().isEmpty() || killed || timedOut) {
            throw new AssertionError("Expected the connector to succeed\n" + describe());
        }
        return this;
    }

    /**
     * Asserts that the process exited non-zero after a TRACE ERROR of {@code failureType}
     * ({@code config_error}, {@code system_error}, ...).
     *
     * @return the error object, for more assertions
     */
    public JsonNode assertFailedWith(String failureType) {
        List<JsonNode> errors = errors();
        if (exitCode == 0 || errors.isEmpty()) {
            throw new AssertionError(
                    "Expected the connector to fail with a TRACE ERROR '" + failureType + "'\n" + describe());
        }
        for (JsonNode error : errors) {
            if (failureType.equals(Json.text(error, "failure_type"))) {
                return error;
            }
        }
        throw new AssertionError("Expected a TRACE ERROR with failure_type '" + failureType + "'\n" + describe());
    }

    /**
     * Asserts that no secret of {@code config} appears on stdout or stderr: the values of the
     * properties that {@code spec} (the {@code spec} of a SPEC message) marks {@code
     * "airbyte_secret": true}, nested objects included.
     *
     * @return this, for chaining
     */
    public ConnectorRun assertNoSecretPrinted(JsonNode spec, JsonNode config) {
        List<String> secrets = new ArrayList<>();
        collectSecrets(spec.path("connectionSpecification"), config, secrets);
        List<String> leaks = new ArrayList<>();
        for (String secret : secrets) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(secret)) {
                    leaks.add("stdout line " + (i + 1));
                }
            }
            if (stderr.contains(secret)) {
                leaks.add("stderr");
            }
        }
        if (!leaks.isEmpty()) {
            // the message names where, never the secret itself
            throw new AssertionError("A secret of the config was printed, in: " + leaks);
        }
        return this;
    }

    private static void collectSecrets(JsonNode schema, JsonNode value, List<String> into) {
        if (value == null || value.isNull()) {
            return;
        }
        if (schema.path("airbyte_secret").asBoolean(false)) {
            String text = value.isTextual() ? value.textValue() : value.toString();
            if (text.length() >= 3) { // shorter values would match by chance
                into.add(text);
            }
            return;
        }
        if (value.isObject()) {
            schema.path("properties")
                    .fields()
                    .forEachRemaining(
                            property -> collectSecrets(property.getValue(), value.get(property.getKey()), into));
        }
    }

    /** A summary of the run for failure messages: command, exit code, output head and stderr tail. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("connector args: ").append(args).append('\n');
        text.append("exit code: ").append(exitCode);
        if (killed) {
            text.append(" (killed by the test kit after line ")
                    .append(lines.size())
                    .append(')');
        }
        if (timedOut) {
            text.append(" (TIMED OUT after ").append(timeout).append(" and killed)");
        }
        text.append("\nrecords per stream: ").append(recordCounts());
        text.append("\nstdout (").append(lines.size()).append(" lines):\n");
        appendLines(text, lines);
        String tail = stderr.length() > 4000 ? "..." + stderr.substring(stderr.length() - 4000) : stderr;
        text.append("stderr:\n").append(tail.isEmpty() ? "(empty)\n" : tail);
        return text.toString();
    }

    @Override
    public String toString() {
        return "ConnectorRun" + args + " exit " + exitCode + ", " + lines.size() + " lines";
    }

    private static void appendLines(StringBuilder text, List<String> lines) {
        int head = Math.min(lines.size(), 40);
        for (int i = 0; i < head; i++) {
            text.append("  ").append(shorten(lines.get(i))).append('\n');
        }
        int tailStart = Math.max(head, lines.size() - 20);
        if (tailStart > head) {
            text.append("  ... (").append(tailStart - head).append(" lines)\n");
        }
        for (int i = tailStart; i < lines.size(); i++) {
            text.append("  ").append(shorten(lines.get(i))).append('\n');
        }
    }

    private static String shorten(String line) {
        return line.length() <= 400 ? line : line.substring(0, 397) + "...";
    }

    /** The stream name of a per-stream state, or null for GLOBAL and LEGACY states. */
    static String streamOfState(JsonNode state) {
        JsonNode stream = state.get("stream");
        if (stream == null) {
            return null;
        }
        return Json.text(stream.get("stream_descriptor"), "name");
    }

    private List<JsonNode> payloads(String type, String field) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode message : messages(type)) {
            JsonNode payload = message.get(field);
            if (payload != null) {
                found.add(payload);
            }
        }
        return found;
    }

    private Optional<JsonNode> single(String type, String field) {
        List<JsonNode> found = payloads(type, field);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }
}
