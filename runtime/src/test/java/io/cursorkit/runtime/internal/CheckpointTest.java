package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Never lose, never duplicate: resuming from the states a read emitted. */
class CheckpointTest {
    @TempDir
    Path dir;

    ProtocolCapture capture;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
    }

    static String asStateFile(JsonNode state) {
        return "[" + state + "]";
    }

    Result read(TestStream stream, String state) {
        return capture.read(
                new TestConnector(stream),
                ReadTest.CONFIG,
                catalog(stream.info().name() + ":incremental"),
                state);
    }

    /** Rows with ties at several cursor values, sorted by date. */
    static Row[] tiedRows() {
        return new Row[] {
            Row.of("A", "2024-01-01"),
            Row.of("B", "2024-01-01"),
            Row.of("C", "2024-01-01"),
            Row.of("A", "2024-01-02"),
            Row.of("A", "2024-01-03"),
            Row.of("B", "2024-01-03"),
            Row.of("C", "2024-01-03"),
            Row.of("D", "2024-01-03"),
            Row.of("A", "2024-01-04"),
        };
    }

    /** The rows emitted before each STATE message of {@code result}, by state index. */
    static List<Integer> recordsBeforeEachState(Result result) {
        List<Integer> counts = new ArrayList<>();
        int records = 0;
        for (JsonNode message : result.messages()) {
            String type = message.path("type").asText();
            if (type.equals("RECORD")) {
                records++;
            } else if (type.equals("STATE")) {
                counts.add(records);
            }
        }
        return counts;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 100})
    void resumingFromEveryStateLosesNothingAndDuplicatesNothing(int interval) {
        TestStream prices = TestStream.sorted("prices", interval).add(tiedRows());
        Result first = read(prices, null);
        assertEquals(0, first.status(), first.stdout());
        List<String> all = first.rows();
        assertEquals(tiedRows().length, all.size());
        List<Integer> before = recordsBeforeEachState(first);
        List<JsonNode> states = first.states();
        long counted = 0;
        for (int i = 0; i < states.size(); i++) {
            counted +=
                    (long) states.get(i).path("sourceStats").path("recordCount").doubleValue();
            assertEquals(before.get(i).longValue(), counted, "recordCount sums to the records before state " + i);
            Result resumed = read(TestStream.sorted("prices", interval).add(tiedRows()), asStateFile(states.get(i)));
            assertEquals(0, resumed.status(), resumed.stdout());
            assertEquals(
                    all.subList(before.get(i), all.size()),
                    resumed.rows(),
                    "resumed from state " + i + ": " + states.get(i));
        }
        Result again = read(TestStream.sorted("prices", interval).add(tiedRows()), asStateFile(first.lastState()));
        assertEquals(List.of(), again.rows());
        assertEquals(
                first.lastState().path("stream").path("stream_state"),
                again.lastState().path("stream").path("stream_state"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 9})
    void noStateRepeatsThePreviousOneWhenTheRecordsFillTheLastInterval(int interval) {
        // 9 rows: every interval here divides it, so the last record also ends an interval.
        Result result = read(TestStream.sorted("prices", interval).add(tiedRows()), null);
        assertEquals(0, result.status(), result.stdout());
        List<JsonNode> states = result.states();
        assertEquals(tiedRows().length / interval, states.size(), "one STATE per interval, none after it");
        for (int i = 1; i < states.size(); i++) {
            assertNotEquals(
                    states.get(i - 1).path("stream").path("stream_state"),
                    states.get(i).path("stream").path("stream_state"),
                    "STATE " + i + " repeats the one before it");
        }
        for (JsonNode state : states) {
            assertNotEquals(0.0, state.path("sourceStats").path("recordCount").doubleValue(), state.toString());
        }
    }

    @Test
    void aStreamWithNoRecordsStillEndsWithOneState() {
        Result result = read(TestStream.sorted("prices", 2), null);
        assertEquals(0, result.status(), result.stdout());
        assertEquals(1, result.states().size(), result.stdout());
        assertEquals(
                0.0, result.lastState().path("sourceStats").path("recordCount").doubleValue());
    }

    @Test
    void stateKeepsTheKeysAtTheCursor() {
        TestStream prices = TestStream.sorted("prices", 2).add(tiedRows());
        JsonNode state = read(prices, null).states().get(0).path("stream").path("stream_state");
        assertEquals("2024-01-01", state.path("date").asText());
        assertEquals(
                "[[\"A\",\"2024-01-01\"],[\"B\",\"2024-01-01\"]]",
                state.path("cursorkit").path("keys_at_cursor").toString());
    }

    @Test
    void rowsArrivingLaterWithTheSameCursorAreRead() {
        TestStream prices = TestStream.sorted("prices", 100).add(tiedRows());
        Result first = read(prices, null);
        TestStream later = TestStream.sorted("prices", 100).add(tiedRows()).add(Row.of("E", "2024-01-04"));
        Result second = read(later, asStateFile(first.lastState()));
        assertEquals(List.of("E@2024-01-04"), second.rows());
        assertEquals(
                "[[\"A\",\"2024-01-04\"],[\"E\",\"2024-01-04\"]]",
                second.lastState()
                        .path("stream")
                        .path("stream_state")
                        .path("cursorkit")
                        .path("keys_at_cursor")
                        .toString());
    }

    @Test
    void recordsBelowSinceAreDroppedEvenWhenReadReturnsThem() {
        TestStream prices = TestStream.sorted("prices", 1).add(tiedRows());
        Result result = read(prices, "{\"prices\":{\"date\":\"2024-01-03\"}}");
        assertEquals(
                List.of("A@2024-01-03", "B@2024-01-03", "C@2024-01-03", "D@2024-01-03", "A@2024-01-04"), result.rows());
        assertTrue(result.logs("INFO").stream().anyMatch(m -> m.contains("left out 4 records")), result.stdout());
    }

    @Test
    void withoutPrimaryKeyTiesAreDeliveredAgain() {
        TestStream prices = new TestStream("prices", true, List.of(), 2, false).add(tiedRows());
        Result first = read(prices, null);
        JsonNode state = first.states().get(0);
        assertFalse(state.path("stream").path("stream_state").has("cursorkit"));
        Result resumed = read(new TestStream("prices", true, List.of(), 2, false).add(tiedRows()), asStateFile(state));
        // At-least-once: everything from the cursor on, including the two rows already delivered at it.
        assertEquals(first.rows().subList(0, 9), resumed.rows());
    }

    @Test
    void tooManyKeysAtOneCursorFallBackToAtLeastOnce() {
        int ties = CursorTracker.MAX_KEYS_AT_CURSOR + 1;
        TestStream prices = TestStream.sorted("prices", 100_000);
        for (int i = 0; i < ties; i++) {
            prices.add(Row.of("T" + i, "2024-01-01"));
        }
        Result first = read(prices, null);
        JsonNode state = first.lastState().path("stream").path("stream_state");
        assertEquals("2024-01-01", state.path("date").asText());
        assertFalse(state.has("cursorkit"), "no keys beyond the bound");
        assertEquals(
                1,
                first.logs("WARN").stream()
                        .filter(m -> m.contains("share the cursor"))
                        .count());
        TestStream again = TestStream.sorted("prices", 100_000);
        again.rows.putAll(prices.rows);
        assertEquals(ties, read(again, asStateFile(first.lastState())).rows().size());
    }

    @Test
    void keysBelowTheBoundAreKept() {
        TestStream prices = TestStream.sorted("prices", 100_000);
        for (int i = 0; i < CursorTracker.MAX_KEYS_AT_CURSOR; i++) {
            prices.add(Row.of("T" + i, "2024-01-01"));
        }
        JsonNode state = read(prices, null).lastState().path("stream").path("stream_state");
        assertEquals(
                CursorTracker.MAX_KEYS_AT_CURSOR,
                state.path("cursorkit").path("keys_at_cursor").size());
    }

    @Test
    void nullCursorsAreEmittedWithoutMovingTheState() {
        TestStream prices = TestStream.sorted("prices", 1)
                .add(Row.of("A", "2024-01-01"), Row.of("N1", null), Row.of("N2", null), Row.of("B", "2024-01-02"));
        Result result = read(prices, null);
        assertEquals(0, result.status(), result.stdout());
        assertEquals(4, result.rows().size());
        List<JsonNode> states = result.states();
        assertEquals(
                "2024-01-01",
                states.get(1).path("stream").path("stream_state").path("date").asText());
        assertEquals(
                "2024-01-01",
                states.get(2).path("stream").path("stream_state").path("date").asText());
        assertEquals(
                "2024-01-02",
                result.lastState()
                        .path("stream")
                        .path("stream_state")
                        .path("date")
                        .asText());
        assertEquals(
                1,
                result.logs("WARN").stream()
                        .filter(m -> m.contains("null cursor"))
                        .count());
    }

    @Test
    void unsortedStreamMovesOnlyAtTheEnd() {
        TestStream events = new TestStream("events", true, List.of("ticker", "date"), 0, false)
                .add(
                        Row.of("A", "2024-01-05"),
                        Row.of("B", "2024-01-01"),
                        Row.of("C", "2024-01-05"),
                        Row.of("D", "2024-01-03"));
        Result result = read(events, "{\"events\":\"2024-01-02\"}");
        assertEquals(0, result.status(), result.stdout());
        assertEquals(List.of("A@2024-01-05", "C@2024-01-05", "D@2024-01-03"), result.rows());
        assertEquals(1, result.states().size());
        JsonNode state = result.lastState().path("stream").path("stream_state");
        assertEquals("2024-01-05", state.path("date").asText());
        assertEquals(
                "[[\"A\",\"2024-01-05\"],[\"C\",\"2024-01-05\"]]",
                state.path("cursorkit").path("keys_at_cursor").toString());
    }

    @Test
    void unsortedSlicedStreamKeepsSinceUntilTheEnd() {
        TestStream events = new TestStream("events", true, List.of("ticker", "date"), 0, true)
                .add("jan", Row.of("A", "2024-01-20"), Row.of("B", "2024-01-10"))
                .add("feb", Row.of("C", "2024-02-20"), Row.of("D", "2024-02-01"))
                .add("mar", Row.of("E", "2024-03-02"));
        Result result = read(
                events,
                "[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"events\"},"
                        + "\"stream_state\":{\"date\":\"2024-01-10\",\"cursorkit\":{\"keys_at_cursor\":[[\"B\",\"2024-01-10\"]]}}}}]");
        assertEquals(List.of("A@2024-01-20", "C@2024-02-20", "D@2024-02-01", "E@2024-03-02"), result.rows());
        List<JsonNode> states = result.states();
        assertEquals(3, states.size());
        for (int i = 0; i < 2; i++) {
            JsonNode state = states.get(i).path("stream").path("stream_state");
            assertEquals("2024-01-10", state.path("date").asText());
            assertEquals(
                    "[[\"B\",\"2024-01-10\"]]",
                    state.path("cursorkit").path("keys_at_cursor").toString());
        }
        assertEquals(
                "\"jan\"",
                states.get(0)
                        .path("stream")
                        .path("stream_state")
                        .path("cursorkit")
                        .path("completed_slice")
                        .toString());
        assertEquals(
                "\"feb\"",
                states.get(1)
                        .path("stream")
                        .path("stream_state")
                        .path("cursorkit")
                        .path("completed_slice")
                        .toString());
        JsonNode last = states.get(2).path("stream").path("stream_state");
        assertEquals(
                "{\"date\":\"2024-03-02\",\"cursorkit\":{\"keys_at_cursor\":[[\"E\",\"2024-03-02\"]]}}",
                last.toString());
    }
}
