package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sliced streams: a state after every completed slice, and resuming after the last one. */
class SliceTest {
    @TempDir
    Path dir;

    ProtocolCapture capture;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
    }

    static TestStream months(int interval) {
        return new TestStream("prices", true, List.of("ticker", "date"), interval, true)
                .add("2024-01", Row.of("A", "2024-01-10"), Row.of("B", "2024-01-20"))
                .add("2024-02", Row.of("A", "2024-02-10"), Row.of("B", "2024-02-20"))
                .add("2024-03", Row.of("A", "2024-03-10"), Row.of("B", "2024-03-20"));
    }

    Result read(TestStream stream, String state) {
        return capture.read(new TestConnector(stream), ReadTest.CONFIG, catalog("prices:incremental"), state);
    }

    @Test
    void stateAfterEverySliceAndAtTheEnd() {
        Result result = read(months(0), null);
        assertEquals(0, result.status());
        List<JsonNode> states = result.states();
        assertEquals(3, states.size());
        // Unsorted: the cursor stays where the sync started (none) until the stream ends.
        assertEquals(
                "{\"cursorkit\":{\"completed_slice\":\"2024-01\"}}",
                states.get(0).path("stream").path("stream_state").toString());
        assertEquals(
                "\"2024-02\"",
                states.get(1)
                        .path("stream")
                        .path("stream_state")
                        .path("cursorkit")
                        .path("completed_slice")
                        .toString());
        assertFalse(states.get(2)
                .path("stream")
                .path("stream_state")
                .path("cursorkit")
                .has("completed_slice"));
        assertEquals(2.0, states.get(1).path("sourceStats").path("recordCount").doubleValue());
    }

    @Test
    void sortedSlicedStreamMovesTheCursorAtEverySlice() {
        List<JsonNode> states = read(months(100), null).states();
        assertEquals(
                "{\"date\":\"2024-01-20\",\"cursorkit\":{\"keys_at_cursor\":[[\"B\",\"2024-01-20\"]],"
                        + "\"completed_slice\":\"2024-01\"}}",
                states.get(0).path("stream").path("stream_state").toString());
    }

    @Test
    void failureInASliceResumesAtThatSlice() {
        TestStream failing = months(0);
        failing.failInRead = new SQLException("timeout");
        failing.failSlice = "2024-02";
        failing.failAfter = 1;
        Result first = read(failing, null);
        assertEquals(1, first.status());
        assertEquals(List.of("A@2024-01-10", "B@2024-01-20", "A@2024-02-10"), first.rows());
        assertEquals(1, first.states().size());
        assertEquals(2, failing.closed.get());

        TestStream resumed = months(0);
        Result second = read(resumed, CheckpointTest.asStateFile(first.lastState()));
        assertEquals(0, second.status(), second.stdout());
        // Unsorted (no interval): the half-read slice is read again from its start.
        assertEquals(List.of("A@2024-02-10", "B@2024-02-20", "A@2024-03-10", "B@2024-03-20"), second.rows());
        assertEquals(2, resumed.opened.get(), "slice 2024-01 is skipped");
    }

    @Test
    void sortedSliceResumesMidSliceWithoutDuplicates() {
        TestStream failing = months(1);
        failing.failInRead = new SQLException("timeout");
        failing.failSlice = "2024-02";
        failing.failAfter = 1;
        Result first = read(failing, null);
        JsonNode state = first.lastState().path("stream").path("stream_state");
        assertEquals("2024-02-10", state.path("date").asText());
        assertEquals(
                "\"2024-01\"", state.path("cursorkit").path("completed_slice").toString());
        Result second = read(months(1), CheckpointTest.asStateFile(first.lastState()));
        assertEquals(List.of("B@2024-02-20", "A@2024-03-10", "B@2024-03-20"), second.rows());
    }

    @Test
    void unknownCompletedSliceWithoutCursorReadsEverySliceWithAWarning() {
        Result result = read(months(0), "{\"prices\":{\"cursorkit\":{\"completed_slice\":\"2023-12\"}}}");
        assertEquals(0, result.status());
        assertEquals(6, result.rows().size());
        assertTrue(result.logs("WARN").stream().anyMatch(m -> m.contains("\"2023-12\"")), result.stdout());
    }

    @Test
    void unknownCompletedSliceWithCursorReadsEverySliceButLeavesOutWhatTheCursorCovers() {
        Result result = read(
                months(0),
                "{\"prices\":{\"date\":\"2024-02-10\",\"cursorkit\":{\"keys_at_cursor\":[[\"A\",\"2024-02-10\"]],"
                        + "\"completed_slice\":\"2023-12\"}}}");
        assertEquals(0, result.status());
        assertEquals(List.of("B@2024-02-20", "A@2024-03-10", "B@2024-03-20"), result.rows());
        assertTrue(result.logs("INFO").stream().anyMatch(m -> m.contains("\"2023-12\"")), result.stdout());
        assertTrue(result.logs("WARN").isEmpty(), result.stdout());
    }

    @Test
    void fullRefreshReadsEverySliceAndWritesEmptyStates() {
        TestStream prices = months(0);
        Result result = capture.read(
                new TestConnector(prices),
                ReadTest.CONFIG,
                catalog("prices:full_refresh"),
                "{\"prices\":{\"date\":\"2024-03-01\",\"cursorkit\":{\"completed_slice\":\"2024-02\"}}}");
        assertEquals(6, result.rows().size());
        assertEquals(3, result.states().size());
        for (JsonNode state : result.states()) {
            assertEquals("{}", state.path("stream").path("stream_state").toString());
        }
    }

    static TestStream tiedMonths(int interval) {
        return new TestStream("prices", true, List.of("ticker", "date"), interval, true)
                .add("2024-01", Row.of("A", "2024-01-10"), Row.of("B", "2024-01-10"), Row.of("C", "2024-01-20"))
                .add("2024-02")
                .add("2024-03", Row.of("A", "2024-03-10"), Row.of("B", "2024-03-10"), Row.of("C", "2024-03-10"))
                .add("2024-04", Row.of("A", "2024-04-01"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 4})
    void resumingFromEveryStateOfASlicedStreamLosesAndDuplicatesNothing(int interval) {
        Result first = read(tiedMonths(interval), null);
        assertEquals(0, first.status(), first.stdout());
        List<String> all = first.rows();
        List<Integer> before = CheckpointTest.recordsBeforeEachState(first);
        for (int i = 0; i < first.states().size(); i++) {
            JsonNode state = first.states().get(i);
            Result resumed = read(tiedMonths(interval), CheckpointTest.asStateFile(state));
            assertEquals(all.subList(before.get(i), all.size()), resumed.rows(), "from state " + i + ": " + state);
        }
    }
}
