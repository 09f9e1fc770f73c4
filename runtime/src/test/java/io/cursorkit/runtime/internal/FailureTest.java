package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import io.cursorkit.runtime.spi.GeneratedStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing stream: its last state stands, INCOMPLETE, an ERROR trace, the others run, exit 1. */
class FailureTest {
    @TempDir
    Path dir;

    ProtocolCapture capture;
    TestStream healthy;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
        healthy = TestStream.sorted("healthy", 1).add(Row.of("H", "2024-01-01"));
    }

    Result read(TestStream failing, String state) {
        return capture.read(
                new TestConnector(failing, healthy),
                ReadTest.CONFIG,
                catalog(failing.info().name() + ":incremental", "healthy:incremental"),
                state);
    }

    /** Asserts the failure shape and that the healthy stream still ran; returns the ERROR trace. */
    JsonNode assertIsolatedFailure(Result result, String stream) {
        assertEquals(1, result.status(), result.stdout());
        List<String> statuses = result.statuses(stream);
        assertEquals("INCOMPLETE", statuses.get(statuses.size() - 1), result.stdout());
        assertFalse(statuses.contains("COMPLETE"));
        assertEquals(List.of("STARTED", "RUNNING", "COMPLETE"), result.statuses("healthy"));
        assertTrue(result.rows().contains("H@2024-01-01"));
        assertEquals(1, result.errors().size());
        JsonNode error = result.errors().get(0);
        assertEquals(stream, error.path("stream_descriptor").path("name").asText());
        assertTrue(error.path("message").asText().contains("'" + stream + "'"), error.toString());
        assertFalse(error.path("message").asText().contains("\tat "), "no stack trace in the message");
        return error;
    }

    @Test
    void exceptionInReadLeavesTheLastStateStanding() {
        TestStream failing = TestStream.sorted("failing", 2)
                .add(Row.of("A", "2024-01-01"), Row.of("B", "2024-01-02"), Row.of("C", "2024-01-03"));
        failing.failInRead = new SQLException("connection reset");
        failing.failAfter = 3;
        Result result = read(failing, null);
        JsonNode error = assertIsolatedFailure(result, "failing");
        assertEquals("system_error", error.path("failure_type").asText());
        assertTrue(error.path("message").asText().contains("SQLException: connection reset"), error.toString());
        assertEquals(
                "java.sql.SQLException: connection reset",
                error.path("internal_message").asText());
        assertTrue(error.path("stack_trace").asText().contains("\tat "), "the stack goes to stack_trace");
        List<JsonNode> failingStates = result.states("failing");
        assertEquals(1, failingStates.size(), "only the checkpoint before the failure");
        assertEquals(
                "2024-01-02",
                failingStates
                        .get(0)
                        .path("stream")
                        .path("stream_state")
                        .path("date")
                        .asText());
        assertEquals(1, failing.closed.get(), "closed on failure");
    }

    @Test
    void configExceptionIsAConfigError() {
        TestStream failing = TestStream.sorted("failing", 2).add(Row.of("A", "2024-01-01"));
        failing.failInRead = new ConfigException("The table 'prices' is missing; create it or fix the schema name.");
        failing.failAfter = 1;
        JsonNode error = assertIsolatedFailure(read(failing, null), "failing");
        assertEquals("config_error", error.path("failure_type").asText());
        assertTrue(
                error.path("message")
                        .asText()
                        .contains("The table 'prices' is missing; create it or fix the schema name."),
                error.toString());
    }

    @Test
    void aConfigExceptionWrappedInAnUncheckedOneIsStillAConfigError() {
        // An Iterator cannot throw a checked exception: HTTP clients and the like wrap it.
        ConfigException cause = new ConfigException("The API key was refused (HTTP 401); check api_key.");
        TestStream failing = TestStream.sorted("failing", 2).add(Row.of("A", "2024-01-01"));
        failing.failInRead = new IllegalStateException("HTTP 401 from GET /prices", cause);
        failing.failAfter = 1;
        JsonNode error = assertIsolatedFailure(read(failing, null), "failing");
        assertEquals("config_error", error.path("failure_type").asText());
        String message = error.path("message").asText();
        assertTrue(message.contains("The API key was refused (HTTP 401); check api_key."), message);
        assertFalse(message.contains("IllegalStateException"), message);
    }

    /** The user-facing message when a stream's read throws {@code failure} after one record. */
    String messageAfterReadThrows(Exception failure) {
        TestStream failing = TestStream.sorted("failing", 2).add(Row.of("A", "2024-01-01"));
        failing.failInRead = failure;
        failing.failAfter = 1;
        return assertIsolatedFailure(read(failing, null), "failing")
                .path("message")
                .asText();
    }

    @Test
    void aMessageThatEndsASentenceGetsNoSecondPeriod() {
        String message = messageAfterReadThrows(new IllegalStateException("the price of row 7 is NULL."));
        assertTrue(message.contains("the price of row 7 is NULL. Its last state stands"), message);
        assertFalse(message.contains(".."), message);
    }

    @Test
    void aConfigExceptionWithoutPeriodStillReadsAsSentences() {
        String message = messageAfterReadThrows(new ConfigException("The table 'prices' is missing"));
        assertTrue(message.contains("The table 'prices' is missing. Its last state stands"), message);
    }

    @Test
    void exceptionInTheConstructor() {
        TestStream failing = TestStream.sorted("failing", 2).add(Row.of("A", "2024-01-01"));
        failing.failOnCreate = new IllegalStateException("no driver");
        Result result = capture.read(
                new TestConnector(failing, healthy),
                ReadTest.CONFIG,
                catalog("failing:incremental", "healthy:incremental"),
                null);
        assertEquals(1, result.status());
        assertEquals(List.of("STARTED", "INCOMPLETE"), result.statuses("failing"));
        assertTrue(result.errors().get(0).path("message").asText().contains("creating the stream object"));
        assertEquals(List.of("STARTED", "RUNNING", "COMPLETE"), result.statuses("healthy"));
    }

    @Test
    void exceptionInSlices() {
        TestStream failing = new TestStream("failing", true, List.of(), 0, true).add("jan", Row.of("A", "2024-01-01"));
        failing.failOnSlices = new IllegalArgumentException("bad range");
        Result result = capture.read(
                new TestConnector(failing, healthy),
                ReadTest.CONFIG,
                catalog("failing:incremental", "healthy:incremental"),
                null);
        assertEquals(1, result.status());
        assertTrue(result.errors().get(0).path("message").asText().contains("listing its slices"));
        assertEquals(0, failing.opened.get());
    }

    @Test
    void exceptionInClose() {
        TestStream failing = TestStream.sorted("failing", 5).add(Row.of("A", "2024-01-01"));
        failing.failOnClose = new IllegalStateException("close failed");
        JsonNode error = assertIsolatedFailure(read(failing, null), "failing");
        assertTrue(error.path("message").asText().contains("close failed"), error.toString());
    }

    @Test
    void failureOfTheRecordWriterLeavesNoPartialLine() {
        TestStream failing = TestStream.sorted("failing", 1)
                .add(Row.of("A", "2024-01-01"), new Row("B", java.time.LocalDate.parse("2024-01-02"), -1));
        // ProtocolCapture fails on any stdout line that is not a whole valid message.
        JsonNode error = assertIsolatedFailure(read(failing, null), "failing");
        assertTrue(error.path("message").asText().contains("negative price"), error.toString());
        assertEquals(1, failing.closed.get());
    }

    @Test
    void orderViolationRewindsToTheInputState() {
        TestStream failing = TestStream.sorted("failing", 1)
                .add(
                        Row.of("A", "2024-01-02"),
                        Row.of("B", "2024-01-05"),
                        Row.of("C", "2024-01-03"),
                        Row.of("D", "2024-01-06"));
        Result result = read(failing, "{\"failing\":{\"date\":\"2024-01-01\"}}");
        JsonNode error = assertIsolatedFailure(result, "failing");
        assertFalse(result.rows().contains("C@2024-01-03"), "the out-of-order record is never written");
        assertFalse(result.rows().contains("D@2024-01-06"));
        String message = error.path("message").asText();
        assertTrue(message.contains("\"2024-01-03\"") && message.contains("\"2024-01-05\""), message);
        assertTrue(message.contains("ORDER BY date") && message.contains("@CheckpointInterval"), message);
        List<JsonNode> states = result.states("failing");
        assertEquals(
                "2024-01-05",
                states.get(1).path("stream").path("stream_state").path("date").asText());
        JsonNode rewind = states.get(states.size() - 1).path("stream").path("stream_state");
        assertEquals("{\"date\":\"2024-01-01\"}", rewind.toString());
        // The rewind STATE comes before INCOMPLETE.
        int stateAt = -1;
        int incompleteAt = -1;
        for (int i = 0; i < result.messages().size(); i++) {
            JsonNode m = result.messages().get(i);
            if (m.path("state").path("stream").path("stream_state").equals(rewind)) {
                stateAt = i;
            }
            if (m.path("trace").path("stream_status").path("status").asText().equals("INCOMPLETE")) {
                incompleteAt = i;
            }
        }
        assertTrue(stateAt >= 0 && stateAt < incompleteAt);
    }

    @Test
    void orderViolationOnAFirstSyncRewindsToNoCursor() {
        TestStream failing = TestStream.sorted("failing", 1).add(Row.of("A", "2024-01-05"), Row.of("B", "2024-01-03"));
        Result result = read(failing, null);
        assertIsolatedFailure(result, "failing");
        JsonNode last = result.states("failing").stream().reduce((a, b) -> b).orElseThrow();
        assertEquals("{}", last.path("stream").path("stream_state").toString());
    }

    @Test
    void stackOverflowInReadIsIsolatedToo() {
        TestStream failing = TestStream.sorted("failing", 1).add(Row.of("A", "2024-01-01"));
        failing.failInRead = new StackOverflowError();
        failing.failAfter = 0;
        JsonNode error = assertIsolatedFailure(read(failing, null), "failing");
        assertTrue(error.path("message").asText().contains("StackOverflowError"), error.toString());
    }

    @Test
    void aBugOutsideConnectorCodeIsAnErrorTraceNotAStackTraceOnStdout() {
        TestConnector broken = new TestConnector(healthy) {
            @Override
            public List<GeneratedStream<TestConfig, ?, ?, ?, ?>> streams() {
                throw new IllegalStateException("generated code is broken");
            }
        };
        Result result = capture.read(broken, ReadTest.CONFIG, catalog("healthy:incremental"), null);
        assertEquals(1, result.status());
        assertEquals(0, result.records().size());
        JsonNode error = result.errors().get(0);
        assertEquals("system_error", error.path("failure_type").asText());
        assertTrue(error.path("message").asText().contains("generated code is broken"), error.toString());
    }
}
