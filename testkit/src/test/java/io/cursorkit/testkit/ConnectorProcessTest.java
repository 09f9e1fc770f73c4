package io.cursorkit.testkit;

import static io.cursorkit.testkit.FakeSources.PROCESS;
import static io.cursorkit.testkit.FakeSources.catalog;
import static io.cursorkit.testkit.FakeSources.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorProcessTest {
    @Test
    void specCheckAndDiscover() {
        assertEquals(
                "object",
                PROCESS.spec()
                        .assertValidProtocol()
                        .assertSucceeded()
                        .spec()
                        .orElseThrow()
                        .path("connectionSpecification")
                        .path("type")
                        .asText());
        assertEquals(
                "SUCCEEDED",
                PROCESS.check(config(1, 1, "none"))
                        .assertValidProtocol()
                        .connectionStatus()
                        .orElseThrow()
                        .path("status")
                        .asText());
        JsonNode catalog =
                PROCESS.discover(config(1, 1, "none")).assertValidProtocol().catalog();
        assertEquals(2, catalog.path("streams").size());
    }

    @Test
    void readGivesRecordsStatesAndStatusesPerStream() {
        ConnectorRun run = PROCESS.read(config(7, 3, "none"), catalog("items", "notes"))
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(Map.of("items", 7, "notes", 7), run.recordCounts());
        assertEquals(7, run.records("items").size());
        assertEquals(1, run.records("items").get(0).path("id").asInt());
        assertEquals(3, run.states("items").size()); // after 3, after 6, at the end
        assertEquals(7, run.lastStreamState("notes").orElseThrow().path("seq").asInt());
        assertEquals(List.of("STARTED", "COMPLETE"), run.streamStatuses("items"));
        ArrayNode last = run.lastState();
        assertEquals(2, last.size());
        assertEquals(
                "items",
                last.get(0)
                        .path("stream")
                        .path("stream_descriptor")
                        .path("name")
                        .asText());
    }

    @Test
    void resumesFromLastState() {
        ObjectNode catalog = catalog("items");
        ConnectorRun first = PROCESS.read(config(5, 2, "none"), catalog);
        ConnectorRun second = PROCESS.read(config(8, 2, "none"), catalog, first.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(6, second.records("items").get(0).path("id").asInt());
    }

    @Test
    void killAfterLineKeepsOnlyTheLinesRead() {
        ConnectorRun run = PROCESS.readAndKill(config(1000, 10, "none"), catalog("items"), null, 4);
        assertEquals(4, run.stdoutLines().size());
        run.assertValidProtocol(); // a killed run is checked up to the kill
        assertThrows(AssertionError.class, run::assertSucceeded);
    }

    @Test
    void reportsAWrongRecordCount() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> PROCESS.read(config(4, 2, "bad_count"), catalog("items"))
                        .assertValidProtocol());
        assertTrue(e.getMessage().contains("recordCount 99 but 2 records"), e.getMessage());
    }

    @Test
    void reportsLinesThatAreNotProtocolMessages() {
        AssertionError notJson =
                assertThrows(AssertionError.class, () -> PROCESS.read(config(1, 1, "not_json"), catalog("items"))
                        .assertValidProtocol());
        assertTrue(notJson.getMessage().contains("line 1: not one JSON object"), notJson.getMessage());
        AssertionError invalid =
                assertThrows(AssertionError.class, () -> PROCESS.read(config(1, 1, "invalid"), catalog("items"))
                        .assertValidProtocol());
        assertTrue(invalid.getMessage().contains("line 1 is not a valid AirbyteMessage"), invalid.getMessage());
        assertTrue(invalid.getMessage().contains("emitted_at"), invalid.getMessage());
    }

    @Test
    void reportsRecordsThatDoNotMatchTheirSchema() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> PROCESS.read(config(2, 5, "bad_data"), catalog("items"))
                        .assertValidProtocol());
        assertTrue(
                e.getMessage().contains("record of 'items' does not match the stream's json_schema"), e.getMessage());
        assertTrue(e.getMessage().contains("$.id"), e.getMessage());
    }

    @Test
    void reportsStackTracesWhereAMessageBelongs() {
        AssertionError inMessage = assertThrows(
                AssertionError.class, () -> PROCESS.read(config(1, 1, "stack_in_message"), catalog("items"))
                        .assertValidProtocol());
        assertTrue(inMessage.getMessage().contains("holds a stack trace"), inMessage.getMessage());
        AssertionError uncaught =
                assertThrows(AssertionError.class, () -> PROCESS.read(config(1, 1, "uncaught"), catalog("items"))
                        .assertValidProtocol());
        assertTrue(uncaught.getMessage().contains("an uncaught exception on stderr"), uncaught.getMessage());
        assertTrue(uncaught.getMessage().contains("without a TRACE ERROR"), uncaught.getMessage());
    }

    @Test
    void reportsMissingStreamStatuses() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> PROCESS.read(config(2, 5, "no_status"), catalog("items"))
                        .assertValidProtocol());
        assertTrue(e.getMessage().contains("before its STREAM_STATUS STARTED"), e.getMessage());
        assertTrue(e.getMessage().contains("got no STREAM_STATUS STARTED"), e.getMessage());
    }

    @Test
    void aFailedSyncIsValidWhenItSaysWhy() {
        ConnectorRun run = PROCESS.read(config(2, 5, "fail"), catalog("items")).assertValidProtocol();
        assertEquals(1, run.exitCode());
        assertEquals(
                "boom", run.assertFailedWith("system_error").path("message").asText());
        assertEquals(List.of("STARTED", "INCOMPLETE"), run.streamStatuses("items"));
    }

    @Test
    void aTimeoutKillsTheProcessAndSaysSo() {
        ConnectorRun run = ConnectorProcess.mainClass(Sleeper.class.getName())
                .withTimeout(Duration.ofMillis(300))
                .run(List.of());
        assertTrue(run.timedOut());
        assertFalse(run.describe().isEmpty());
        assertTrue(run.describe().contains("TIMED OUT"), run.describe());
    }

    @Test
    void passesSystemPropertiesAndCapturesStderr() {
        ConnectorRun run = ConnectorProcess.mainClass(Sleeper.class.getName())
                .withSystemProperty("sleeper.millis", "0")
                .run(List.of("x"));
        assertEquals(0, run.exitCode());
        assertTrue(run.stderr().contains("slept 0 ms with [x]"), run.stderr());
    }

    @Test
    void aPrintedSecretIsReportedWithoutBeingRepeated() throws Exception {
        ConnectorRun run = ConnectorProcess.mainClass(Sleeper.class.getName())
                .withSystemProperty("sleeper.millis", "0")
                .run(List.of("hunter2-secret"));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode spec = mapper.readTree(
                "{\"connectionSpecification\":{\"properties\":{\"auth\":{\"type\":\"object\",\"properties\":"
                        + "{\"password\":{\"type\":\"string\",\"airbyte_secret\":true}}}}}}");
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> run.assertNoSecretPrinted(spec, mapper.readTree("{\"auth\":{\"password\":\"hunter2-secret\"}}")));
        assertTrue(e.getMessage().contains("[stderr]"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        run.assertNoSecretPrinted(spec, mapper.readTree("{\"auth\":{\"password\":\"other-value\"}}"));
    }

    /** Sleeps {@code sleeper.millis} (default: a minute), then says so on stderr. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            long millis = Long.getLong("sleeper.millis", 60_000);
            Thread.sleep(millis);
            System.err.println("slept " + millis + " ms with " + List.of(args));
        }
    }
}
