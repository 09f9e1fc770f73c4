package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import io.cursorkit.runtime.spi.StreamInfo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The common path of read: records, states with counts, statuses, interval checkpoints. */
class ReadTest {
    static final String CONFIG = "{\"api_key\":\"s3cr3t-key\"}";

    @TempDir
    Path dir;

    ProtocolCapture capture;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
    }

    @Test
    void readsAStreamWithStatusesStatesAndCounts() {
        TestStream prices = TestStream.sorted("prices", 2)
                .add(Row.of("A", "2024-01-01"), Row.of("B", "2024-01-02"), Row.of("C", "2024-01-03"));
        Result result = capture.read(new TestConnector(prices), CONFIG, catalog("prices:incremental"), null);

        assertEquals(0, result.status(), result.stdout());
        assertEquals(List.of("A@2024-01-01", "B@2024-01-02", "C@2024-01-03"), result.rows());
        assertEquals(List.of("STARTED", "RUNNING", "COMPLETE"), result.statuses("prices"));
        List<JsonNode> states = result.states();
        assertEquals(2, states.size());
        assertEquals("STREAM", states.get(0).path("type").asText());
        assertEquals(
                "prices",
                states.get(0)
                        .path("stream")
                        .path("stream_descriptor")
                        .path("name")
                        .asText());
        assertEquals(
                "2024-01-02",
                states.get(0).path("stream").path("stream_state").path("date").asText());
        assertEquals(2.0, states.get(0).path("sourceStats").path("recordCount").doubleValue());
        assertTrue(states.get(0).path("sourceStats").path("recordCount").isDouble());
        assertEquals(
                "2024-01-03",
                states.get(1).path("stream").path("stream_state").path("date").asText());
        assertEquals(1.0, states.get(1).path("sourceStats").path("recordCount").doubleValue());
        JsonNode record = result.records().get(0);
        assertEquals("prices", record.path("stream").asText());
        assertTrue(record.path("emitted_at").isIntegralNumber());
        assertEquals("A", record.path("data").path("ticker").asText());
    }

    @Test
    void orderOfMessages() {
        TestStream prices = TestStream.sorted("prices", 1).add(Row.of("A", "2024-01-01"));
        Result result = capture.read(new TestConnector(prices), CONFIG, catalog("prices:incremental"), null);
        List<String> kinds = result.messages().stream()
                .filter(m -> !m.path("type").asText().equals("LOG"))
                .map(m -> m.path("type").asText()
                        + (m.has("trace")
                                ? ":"
                                        + m.path("trace")
                                                .path("stream_status")
                                                .path("status")
                                                .asText()
                                : ""))
                .toList();
        // The interval's STATE after the one record is also the final one: no second, identical STATE.
        assertEquals(List.of("TRACE:STARTED", "TRACE:RUNNING", "RECORD", "STATE", "TRACE:COMPLETE"), kinds);
        assertEquals(
                1.0, result.lastState().path("sourceStats").path("recordCount").doubleValue());
    }

    @Test
    void emptyStreamStillEmitsOneStateAndCompletes() {
        TestStream prices = TestStream.sorted("prices", 10);
        Result result = capture.read(new TestConnector(prices), CONFIG, catalog("prices:incremental"), null);
        assertEquals(0, result.status());
        assertEquals(List.of("STARTED", "COMPLETE"), result.statuses("prices"));
        assertEquals(1, result.states().size());
        assertEquals(
                "{}", result.lastState().path("stream").path("stream_state").toString());
        assertEquals(
                0.0, result.lastState().path("sourceStats").path("recordCount").doubleValue());
    }

    @Test
    void readsOnlyConfiguredStreamsInCatalogOrder() {
        TestStream a = TestStream.sorted("a", 0).add(Row.of("A", "2024-01-01"));
        TestStream b = TestStream.sorted("b", 0).add(Row.of("B", "2024-01-01"));
        TestStream c = TestStream.sorted("c", 0).add(Row.of("C", "2024-01-01"));
        Result result =
                capture.read(new TestConnector(a, b, c), CONFIG, catalog("c:full_refresh", "a:incremental"), null);
        assertEquals(0, result.status());
        assertEquals(List.of("C@2024-01-01", "A@2024-01-01"), result.rows());
        assertEquals(0, b.opened.get());
        assertEquals(
                "c",
                result.states()
                        .get(0)
                        .path("stream")
                        .path("stream_descriptor")
                        .path("name")
                        .asText());
    }

    @Test
    void fullRefreshEmitsEmptyStatesAndIgnoresState() {
        TestStream prices = TestStream.sorted("prices", 2)
                .add(Row.of("A", "2024-01-01"), Row.of("B", "2024-01-02"), Row.of("C", "2024-01-03"));
        Result result = capture.read(
                new TestConnector(prices),
                CONFIG,
                catalog("prices:full_refresh"),
                "{\"prices\":{\"date\":\"2024-01-02\"}}");
        assertEquals(0, result.status());
        assertEquals(3, result.rows().size());
        assertEquals(2, result.states().size());
        for (JsonNode state : result.states()) {
            assertEquals("{}", state.path("stream").path("stream_state").toString());
        }
        assertTrue(prices.sinceSeen.stream().allMatch(s -> s == null));
    }

    @Test
    void streamWithoutCursorIsFullRefresh() {
        TestStream plain = new TestStream("plain", false, List.of(), 0, false).add(Row.of("A", null));
        Result result = capture.read(new TestConnector(plain), CONFIG, catalog("plain:full_refresh"), null);
        assertEquals(0, result.status());
        assertEquals(1, result.rows().size());
        assertEquals(
                "{}", result.lastState().path("stream").path("stream_state").toString());
    }

    @Test
    void namespaceIsCarriedInRecordsAndStates() {
        TestStream ns = new TestStream(new StreamInfo("prices", "market", "date", List.of(), 0, false))
                .add(Row.of("A", "2024-01-01"));
        Result result = capture.read(new TestConnector(ns), CONFIG, catalog("prices:incremental"), null);
        assertEquals(0, result.status(), result.stdout());
        assertEquals("market", result.records().get(0).path("namespace").asText());
        assertEquals(
                "market",
                result.lastState()
                        .path("stream")
                        .path("stream_descriptor")
                        .path("namespace")
                        .asText());
    }

    @Test
    void printedLinesBecomeLogMessages() {
        TestStream prices = TestStream.sorted("prices", 0).add(Row.of("A", "2024-01-01"));
        prices.printWhileReading = "hello from the connector";
        Result result = capture.read(new TestConnector(prices), CONFIG, catalog("prices:incremental"), null);
        assertEquals(0, result.status());
        assertTrue(result.logs("INFO").contains("hello from the connector"), result.stdout());
    }

    @Test
    void unknownConfigPropertiesAreWarnings() {
        TestStream prices = TestStream.sorted("prices", 0);
        Result result = capture.read(
                new TestConnector(prices), "{\"api_key\":\"k\",\"colour\":1}", catalog("prices:incremental"), null);
        assertEquals(0, result.status());
        assertTrue(result.logs("WARN").stream().anyMatch(m -> m.contains("'colour'")), result.stdout());
    }
}
