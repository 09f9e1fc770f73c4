package io.cursorkit.runtime.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A discover's output: a LOG line, then the CATALOG message of three kinds of stream. */
    static final String DISCOVER =
            """
            {"type":"LOG","log":{"level":"INFO","message":"discovering"}}
            {"type":"CATALOG","catalog":{"streams":[\
            {"name":"orders","json_schema":{"type":"object"},"supported_sync_modes":["full_refresh","incremental"],\
            "source_defined_cursor":true,"default_cursor_field":["updated_at"],"source_defined_primary_key":[["id"]]},\
            {"name":"customers","json_schema":{"type":"object"},"supported_sync_modes":["full_refresh"],\
            "source_defined_primary_key":[["id"]]},\
            {"name":"events","json_schema":{"type":"object"},"supported_sync_modes":["full_refresh","incremental"],\
            "source_defined_cursor":true,"default_cursor_field":["ts"]}]}}
            """;

    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException(out, e);
            }
        }
    }

    Result piped(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Tools.run(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Result tools(String... args) {
        return piped("", args);
    }

    String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    // --- the command line

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"state", "--help"})) {
            Result result = tools(args);
            assertEquals(0, result.status(), List.of(args).toString());
            assertTrue(result.out().startsWith("Usage: java -cp <connector jar> io.cursorkit.runtime.tools.Tools"));
            assertTrue(result.out().contains("configured-catalog DISCOVER_OUTPUT"), result.out());
            assertTrue(result.out().contains("state READ_OUTPUT [--previous STATE_FILE]"), result.out());
        }
    }

    @Test
    void badCommandLinesExitTwo() {
        assertUsage(tools(), "no command given");
        assertUsage(tools("sync"), "unknown command 'sync'; the commands are configured-catalog and state.");
        assertUsage(tools("help"), "unknown command 'help'"); // --help and -h, as the connector takes them
        assertUsage(tools("state"), "state takes one file, READ_OUTPUT.");
        assertUsage(tools("state", "a", "b"), "state takes one file, READ_OUTPUT; found 2: a b.");
        assertUsage(
                tools("state", "a", "--previus", "s"), "unknown option '--previus' for state; it takes --previous.");
        assertUsage(tools("state", "a", "--previous"), "--previous needs a value.");
        assertUsage(
                tools("configured-catalog", "d", "--sync-mode", "append"),
                "--sync-mode append: choose one of incremental, full_refresh.");
        assertUsage(
                tools("configured-catalog", "d", "--destination-sync-mode=dedup"),
                "--destination-sync-mode dedup: choose one of append, append_dedup, overwrite.");
        assertUsage(
                tools("state", "-", "--previous", "-"), "READ_OUTPUT and --previous cannot both be standard input.");
    }

    private static void assertUsage(Result result, String message) {
        assertEquals(2, result.status(), result.err());
        assertTrue(result.err().contains("cursorkit tools: " + message), result.err());
        assertEquals("", result.out());
    }

    // --- configured-catalog

    @Test
    void eachStreamIncrementalWhereItCanWithItsCursorAndKey() throws IOException {
        Result result = tools("configured-catalog", file("discover.jsonl", DISCOVER));
        assertEquals(0, result.status(), result.err());
        JsonNode streams = result.json().get("streams");
        assertEquals(3, streams.size());
        JsonNode orders = streams.get(0);
        assertEquals("orders", orders.path("stream").path("name").asText());
        assertEquals("incremental", orders.path("sync_mode").asText());
        assertEquals("[\"updated_at\"]", orders.path("cursor_field").toString());
        assertEquals("[[\"id\"]]", orders.path("primary_key").toString());
        assertEquals("append_dedup", orders.path("destination_sync_mode").asText());
        assertEquals(
                "{\"type\":\"object\"}",
                orders.path("stream").path("json_schema").toString());
        JsonNode customers = streams.get(1);
        assertEquals("full_refresh", customers.path("sync_mode").asText());
        assertFalse(customers.has("cursor_field"));
        assertEquals("overwrite", customers.path("destination_sync_mode").asText());
        assertEquals("[[\"id\"]]", customers.path("primary_key").toString());
        JsonNode events = streams.get(2);
        assertEquals("incremental", events.path("sync_mode").asText());
        assertEquals("append", events.path("destination_sync_mode").asText());
        assertFalse(events.has("primary_key"));
        assertEquals(
                "orders: incremental, cursor [\"updated_at\"], primary key [[\"id\"]], destination append_dedup\n"
                        + "customers: full_refresh, primary key [[\"id\"]], destination overwrite\n"
                        + "events: incremental, cursor [\"ts\"], destination append\n",
                result.err());
    }

    static final String DISCOVER_CHOICE =
            """
            {"type":"CATALOG","catalog":{"streams":[\
            {"name":"trades","json_schema":{"type":"object","properties":{"id":{},"updated_at":{},"price":{}}},\
            "supported_sync_modes":["full_refresh","incremental"],\
            "source_defined_cursor":false,"default_cursor_field":["updated_at"],"source_defined_primary_key":[["id"]]},\
            {"name":"orders","json_schema":{"type":"object","properties":{"id":{}}},\
            "supported_sync_modes":["full_refresh","incremental"],\
            "source_defined_cursor":true,"default_cursor_field":["updated_at"]}]}}
            """;

    @Test
    void cursorFieldPicksTheCursorOfAStreamWhoseUserChoosesIt() throws IOException {
        String discover = file("discover.jsonl", DISCOVER_CHOICE);
        Result byDefault = tools("configured-catalog", discover);
        assertEquals(0, byDefault.status(), byDefault.err());
        assertEquals(
                "[\"updated_at\"]",
                byDefault.json().at("/streams/0/cursor_field").toString());
        Result byId = tools("configured-catalog", discover, "--cursor-field", "trades=id");
        assertEquals(0, byId.status(), byId.err());
        assertEquals("[\"id\"]", byId.json().at("/streams/0/cursor_field").toString());
        assertEquals(
                "[\"updated_at\"]", byId.json().at("/streams/1/cursor_field").toString());
        assertTrue(byId.err().contains("trades: incremental, cursor [\"id\"]"), byId.err());

        Result unknown = tools("configured-catalog", discover, "--cursor-field=trades=volume");
        assertEquals(1, unknown.status());
        assertTrue(
                unknown.err()
                        .contains("--cursor-field trades=volume: stream 'trades' has no property 'volume';"
                                + " its properties are id, updated_at, price."),
                unknown.err());
        Result sourceDefined = tools("configured-catalog", discover, "--cursor-field", "orders=id");
        assertEquals(1, sourceDefined.status());
        assertTrue(sourceDefined.err().contains("has a source-defined cursor [\"updated_at\"]"), sourceDefined.err());
        Result fullRefresh =
                tools("configured-catalog", discover, "--sync-mode", "full_refresh", "--cursor-field", "trades=id");
        assertEquals(1, fullRefresh.status());
        assertTrue(fullRefresh.err().contains("the stream is synced full_refresh"), fullRefresh.err());
        Result noStream = tools("configured-catalog", discover, "--cursor-field", "fills=id");
        assertEquals(1, noStream.status());
        assertTrue(noStream.err().contains("has no stream of that name"), noStream.err());
        Result malformed = tools("configured-catalog", discover, "--cursor-field", "trades");
        assertEquals(2, malformed.status());
        assertTrue(malformed.err().contains("--cursor-field takes STREAM=FIELD"), malformed.err());
    }

    @Test
    void modesAndStreamsCanBeChosen() throws IOException {
        String discover = file("discover.jsonl", DISCOVER);
        JsonNode all = tools("configured-catalog", discover, "--sync-mode", "full_refresh")
                .json();
        for (JsonNode stream : all.get("streams")) {
            assertEquals("full_refresh", stream.path("sync_mode").asText());
            assertEquals("overwrite", stream.path("destination_sync_mode").asText());
        }
        Result some = tools(
                "configured-catalog",
                discover,
                "--stream",
                "events",
                "--stream=orders",
                "--sync-mode=incremental",
                "--destination-sync-mode",
                "append");
        assertEquals(0, some.status(), some.err());
        JsonNode streams = some.json().get("streams");
        assertEquals(2, streams.size());
        assertEquals("events", streams.get(0).path("stream").path("name").asText());
        assertEquals("orders", streams.get(1).path("stream").path("name").asText());
        assertEquals("append", streams.get(1).path("destination_sync_mode").asText());
    }

    @Test
    void aModeAStreamCannotTakeIsAnError() throws IOException {
        String discover = file("discover.jsonl", DISCOVER);
        Result incremental = tools("configured-catalog", discover, "--sync-mode", "incremental");
        assertEquals(1, incremental.status());
        assertTrue(
                incremental
                        .err()
                        .contains("stream 'customers' does not support incremental; it supports [\"full_refresh\"]."),
                incremental.err());
        Result dedup = tools("configured-catalog", discover, "--destination-sync-mode", "append_dedup");
        assertEquals(1, dedup.status());
        assertTrue(dedup.err().contains("stream 'events' has no primary key, which append_dedup needs."), dedup.err());
        Result unknown = tools("configured-catalog", discover, "--stream", "order");
        assertEquals(1, unknown.status());
        assertTrue(
                unknown.err()
                        .contains("--stream order: " + discover + " has no stream of that name; it has orders,"
                                + " customers, events"),
                unknown.err());
        assertEquals("", incremental.out() + dedup.out() + unknown.out());
    }

    @Test
    void standardInputAndAPrettyPrintedCatalogMessageWork() throws IOException {
        Result piped = piped(DISCOVER, "configured-catalog", "-");
        assertEquals(0, piped.status(), piped.err());
        assertEquals(3, piped.json().get("streams").size());
        String message = DISCOVER.lines().toList().get(1);
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(message));
        Result fromPretty = tools("configured-catalog", file("catalog-message.json", pretty));
        assertEquals(0, fromPretty.status(), fromPretty.err());
        assertEquals(piped.json(), fromPretty.json());
        String catalogOnly = JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(JSON.readTree(message).get("catalog"));
        assertEquals(
                piped.json(),
                tools("configured-catalog", file("catalog.json", catalogOnly)).json());
    }

    @Test
    void aFileWithoutACatalogIsAnErrorThatSaysWhy() throws IOException {
        String failed = file(
                "discover.jsonl",
                "{\"type\":\"LOG\",\"log\":{\"level\":\"INFO\",\"message\":\"hi\"}}\n"
                        + "{\"type\":\"TRACE\",\"trace\":{\"type\":\"ERROR\",\"emitted_at\":1,\"error\":{"
                        + "\"message\":\"discover needs --config CONFIG\",\"failure_type\":\"config_error\"}}}\n");
        Result result = tools("configured-catalog", failed);
        assertEquals(1, result.status());
        assertEquals(
                "cursorkit tools: " + failed + " has no CATALOG message; line 2 says the command failed: discover"
                        + " needs --config CONFIG (2 messages read). Pass what `discover --config CONFIG` printed on"
                        + " its standard output.\n",
                result.err());
        Result configured = tools(
                "configured-catalog",
                file(
                        "configured.json",
                        "{\"streams\": [{\"stream\": {},"
                                + " \"sync_mode\": \"incremental\", \"destination_sync_mode\": \"append\"}]}"));
        assertEquals(1, configured.status());
        assertTrue(configured.err().contains("is a configured catalog already"), configured.err());
    }

    @Test
    void aLineThatIsNotJsonIsNamedByFileAndLine() throws IOException {
        String bad = file(
                "discover.jsonl",
                DISCOVER.lines().toList().get(0) + "\nStarting up...\n"
                        + DISCOVER.lines().toList().get(1) + "\n");
        Result result = tools("configured-catalog", bad);
        assertEquals(1, result.status());
        assertTrue(result.err().startsWith("cursorkit tools: " + bad + " line 2 is not JSON ("), result.err());
        assertTrue(result.err().contains("Pass the standard output of the connector, one message a line."));
        Result array = tools("state", file("read.jsonl", "[1]\n"));
        assertEquals(1, array.status());
        assertTrue(array.err().contains("read.jsonl line 1 is not a JSON object but an array."), array.err());
        Result missing = tools("state", dir.resolve("nothing.jsonl").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("nothing.jsonl: no such file"), missing.err());
    }

    // --- state

    static String state(String stream, String cursorJson, int count) {
        return "{\"type\":\"STATE\",\"state\":{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\""
                + stream + "\"},\"stream_state\":{\"updated_at\":" + cursorJson + "}},\"sourceStats\":{"
                + "\"recordCount\":" + count + ".0}}}\n";
    }

    static String record(String stream, int id) {
        return "{\"type\":\"RECORD\",\"record\":{\"stream\":\"" + stream + "\",\"data\":{\"id\":" + id
                + "},\"emitted_at\":1}}\n";
    }

    @Test
    void theLastStateOfEachStream() throws IOException {
        String read = file(
                "read.jsonl",
                record("orders", 1) + state("orders", "\"2024-01-01\"", 1) + record("orders", 2)
                        + state("orders", "\"2024-01-02\"", 1) + record("customers", 1)
                        + "{\"type\":\"STATE\",\"state\":{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{"
                        + "\"name\":\"customers\"},\"stream_state\":{}},\"sourceStats\":{\"recordCount\":1.0}}}\n");
        Result result = tools("state", read);
        assertEquals(0, result.status(), result.err());
        JsonNode states = result.json();
        assertEquals(2, states.size());
        assertEquals("STREAM", states.get(0).path("type").asText());
        assertEquals(
                "orders",
                states.get(0)
                        .path("stream")
                        .path("stream_descriptor")
                        .path("name")
                        .asText());
        assertEquals(
                "2024-01-02",
                states.get(0)
                        .path("stream")
                        .path("stream_state")
                        .path("updated_at")
                        .asText());
        assertEquals(1.0, states.get(0).path("sourceStats").path("recordCount").asDouble());
        assertEquals("{}", states.get(1).path("stream").path("stream_state").toString());
        assertEquals("orders: from " + read + " line 4\ncustomers: from " + read + " line 6\n", result.err());
    }

    @Test
    void streamsWithoutAStateKeepThePreviousOne() throws IOException {
        String previous = file(
                "state.json",
                "[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"orders\"},\"stream_state\":"
                        + "{\"updated_at\":\"2024-01-01\"}}},{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":"
                        + "{\"name\":\"events\"},\"stream_state\":{\"ts\":5}}}]");
        String read = file("read.jsonl", record("orders", 2) + state("orders", "\"2024-01-02\"", 1));
        Result result = tools("state", read, "--previous", previous);
        assertEquals(0, result.status(), result.err());
        JsonNode states = result.json();
        assertEquals(2, states.size());
        assertEquals(
                "2024-01-02",
                states.get(0)
                        .path("stream")
                        .path("stream_state")
                        .path("updated_at")
                        .asText());
        assertEquals(
                "events",
                states.get(1)
                        .path("stream")
                        .path("stream_descriptor")
                        .path("name")
                        .asText());
        assertEquals(
                5, states.get(1).path("stream").path("stream_state").path("ts").asInt());
        assertEquals("orders: from " + read + " line 2\nevents: from " + previous + "\n", result.err());
    }

    @Test
    void aFailedStreamKeepsItsLastStateAndTheErrorIsMentioned() throws IOException {
        String read = file(
                "read.jsonl",
                record("orders", 1) + state("orders", "\"2024-01-01\"", 1) + record("orders", 2)
                        + "{\"type\":\"TRACE\",\"trace\":{\"type\":\"ERROR\",\"emitted_at\":1,\"error\":{\"message\":"
                        + "\"Stream 'orders' failed while reading\",\"failure_type\":\"system_error\"}}}\n");
        Result result = tools("state", read);
        assertEquals(0, result.status(), result.err());
        assertEquals(
                "2024-01-01",
                result.json()
                        .get(0)
                        .path("stream")
                        .path("stream_state")
                        .path("updated_at")
                        .asText());
        assertTrue(
                result.err()
                        .contains("the read reported 1 error(s), first on line 4: Stream 'orders' failed while reading."
                                + " A stream that failed keeps the last state it printed."),
                result.err());
    }

    @Test
    void aLastLineCutByAKillIsLeftOutButNotOneInTheMiddle() throws IOException {
        String killed =
                file("read.jsonl", record("orders", 1) + state("orders", "\"2024-01-01\"", 1) + "{\"type\":\"REC");
        Result result = tools("state", killed);
        assertEquals(0, result.status(), result.err());
        assertEquals(
                "2024-01-01",
                result.json()
                        .get(0)
                        .path("stream")
                        .path("stream_state")
                        .path("updated_at")
                        .asText());
        assertTrue(result.err().contains("the last line of " + killed + " is cut off"), result.err());
        String broken = file("broken.jsonl", "{\"type\":\"REC\n" + state("orders", "\"2024-01-01\"", 0));
        assertEquals(1, tools("state", broken).status());
    }

    @Test
    void cursorsKeepTheirExactNumbers() throws IOException {
        String read = file(
                "read.jsonl",
                state("orders", "12345678901234567890.1234567890", 0)
                        + state("events", "42.00", 0)
                        + state("items", "98765432109876543210", 0));
        Result result = tools("state", read);
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("\"updated_at\" : 12345678901234567890.1234567890"), result.out());
        assertTrue(result.out().contains("\"updated_at\" : 42.00"), result.out());
        assertTrue(result.out().contains("\"updated_at\" : 98765432109876543210"), result.out());
    }

    @Test
    void everyStateFormTheRuntimeAcceptsBecomesStreamMessages() throws IOException {
        String read = file("read.jsonl", "");
        List<String> previousForms = List.of(
                "{\"orders\": {\"updated_at\": \"2024-01-01\"}}",
                "{\"orders\": \"2024-01-01\"}",
                "{\"type\": \"LEGACY\", \"data\": {\"orders\": {\"updated_at\": \"2024-01-01\"}}}",
                "{\"type\": \"GLOBAL\", \"global\": {\"shared_state\": {}, \"stream_states\": [{\"stream_descriptor\":"
                        + " {\"name\": \"orders\"}, \"stream_state\": {\"updated_at\": \"2024-01-01\"}}]}}",
                "{\"type\": \"STREAM\", \"stream\": {\"stream_descriptor\": {\"name\": \"orders\"}, \"stream_state\":"
                        + " {\"updated_at\": \"2024-01-01\"}}}",
                "[{\"type\": \"STATE\", \"state\": {\"type\": \"STREAM\", \"stream\": {\"stream_descriptor\":"
                        + " {\"name\": \"orders\"}, \"stream_state\": {\"updated_at\": \"2024-01-01\"}}}}]");
        for (String form : previousForms) {
            Result result = tools("state", read, "--previous", file("previous.json", form));
            assertEquals(0, result.status(), form + ": " + result.err());
            JsonNode states = result.json();
            assertEquals(1, states.size(), form);
            assertEquals("STREAM", states.get(0).path("type").asText(), form);
            assertEquals(
                    "orders",
                    states.get(0)
                            .path("stream")
                            .path("stream_descriptor")
                            .path("name")
                            .asText());
            JsonNode blob = states.get(0).path("stream").path("stream_state");
            assertEquals("2024-01-01", blob.isObject() ? blob.path("updated_at").asText() : blob.asText(), form);
        }
        Result bad = tools("state", read, "--previous", file("previous.json", "\"2024-01-01\""));
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("previous.json is a string, not a state"), bad.err());
        Result notJson = tools("state", read, "--previous", file("previous.json", "{\"orders\": "));
        assertEquals(1, notJson.status());
        assertTrue(notJson.err().contains("previous.json is not one JSON value ("), notJson.err());
    }

    @Test
    void noStateAtAllIsAnEmptyArray() throws IOException {
        Result result = tools("state", file("read.jsonl", record("orders", 1)), "--previous", file("empty.json", ""));
        assertEquals(0, result.status(), result.err());
        assertEquals("[ ]", result.out().strip());
        assertTrue(result.err().contains("no state: the next read starts from the beginning"), result.err());
    }

    // --- with a real connector process: what the tools print, the runtime takes

    @Test
    void theRuntimeTakesTheCatalogAndTheStateTheToolsMake() throws Exception {
        String discover = file(
                "discover.jsonl",
                "{\"type\":\"CATALOG\",\"catalog\":{\"streams\":[{\"name\":\"prices\",\"json_schema\":{\"type\":"
                        + "\"object\"},\"supported_sync_modes\":[\"full_refresh\",\"incremental\"],"
                        + "\"source_defined_cursor\":true,\"default_cursor_field\":[\"date\"],"
                        + "\"source_defined_primary_key\":[[\"ticker\"],[\"date\"]]}]}}\n");
        Result catalog = tools("configured-catalog", discover);
        assertEquals(0, catalog.status(), catalog.err());
        String catalogFile = file("configured_catalog.json", catalog.out());
        String config = file("config.json", "{\"api_key\": \"k\"}");

        String first = connector("read", "--config", config, "--catalog", catalogFile);
        assertEquals(3, count(first, "RECORD"), first);
        Result state = tools("state", file("read1.jsonl", first));
        assertEquals(0, state.status(), state.err());
        String stateFile = file("state.json", state.out());

        String second = connector("read", "--config", config, "--catalog", catalogFile, "--state", stateFile);
        assertEquals(0, count(second, "RECORD"), second); // everything was committed by the first
        Result again = tools("state", file("read2.jsonl", second), "--previous", stateFile);
        assertEquals(
                state.json().get(0).path("stream").path("stream_state"),
                again.json().get(0).path("stream").path("stream_state"));
    }

    /** Runs the runtime's test connector as a process; returns its stdout, after asserting exit 0. */
    private String connector(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.cursorkit.runtime.internal.TestMain"));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve("stderr").toFile())
                .start();
        int status = process.waitFor();
        String stdout = Files.readString(out);
        assertEquals(0, status, stdout + Files.readString(dir.resolve("stderr")));
        return stdout;
    }

    private static long count(String output, String type) {
        return output.lines()
                .filter(line -> line.contains("\"type\":\"" + type + "\""))
                .count();
    }
}
