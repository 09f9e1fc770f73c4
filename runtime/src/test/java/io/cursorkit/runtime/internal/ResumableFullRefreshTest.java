package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A full refresh stream resumable by its primary key (the date here): states that name the last
 * key while under way and {@code {}} once complete, a resume that re-delivers nothing, the key
 * order check, and bad or foreign states.
 */
class ResumableFullRefreshTest {
    @TempDir
    Path dir;

    ProtocolCapture capture;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
    }

    static Row[] days() {
        Row[] rows = new Row[7];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Row.of("T" + i, "2024-01-0" + (i + 1));
        }
        return rows;
    }

    static TestStream daily(int interval, Row... rows) {
        return TestStream.resumable("daily", interval).add(rows);
    }

    Result read(TestStream stream, String state) {
        return capture.read(new TestConnector(stream), ReadTest.CONFIG, catalog("daily:full_refresh"), state);
    }

    static String stateFile(JsonNode state) {
        return "[" + state + "]";
    }

    static String streamState(JsonNode state) {
        return state.path("stream").path("stream_state").toString();
    }

    @Test
    void checkpointsTheLastKeyEveryIntervalAndEndsWithAnEmptyState() {
        TestStream stream = daily(3, days());
        Result result = read(stream, null);
        assertEquals(0, result.status(), result.stdout());
        assertEquals(7, result.rows().size());
        List<String> states = new ArrayList<>();
        result.states().forEach(s -> states.add(streamState(s)));
        assertEquals(
                List.of(
                        "{\"cursorkit\":{\"resume_after\":\"2024-01-03\"}}",
                        "{\"cursorkit\":{\"resume_after\":\"2024-01-06\"}}",
                        "{}"),
                states);
        assertEquals(Arrays.asList((LocalDate) null), stream.sinceSeen, "a sync from the start reads after null");
        assertEquals(List.of("STARTED", "RUNNING", "COMPLETE"), result.statuses("daily"));
    }

    @Test
    void aCompletedStreamEmitsAnEmptyStateEvenRightAfterACheckpoint() {
        Result result = read(daily(7, days()), null);
        List<JsonNode> states = result.states();
        assertEquals(2, states.size(), result.stdout());
        assertEquals("{}", streamState(states.get(1)));
        assertEquals(0.0, states.get(1).path("sourceStats").path("recordCount").doubleValue());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void resumingFromEveryStateDeliversTheRestExactlyOnce(int interval) {
        Result first = read(daily(interval, days()), null);
        List<String> all = first.rows();
        List<Integer> before = CheckpointTest.recordsBeforeEachState(first);
        List<JsonNode> states = first.states();
        for (int i = 0; i < states.size(); i++) {
            // read returns every row whatever it is given: the runtime leaves out what the state covers
            TestStream again = daily(interval, days());
            Result resumed = read(again, stateFile(states.get(i)));
            assertEquals(0, resumed.status(), resumed.stdout());
            boolean complete = i == states.size() - 1;
            List<String> expected = complete ? all : all.subList(before.get(i), all.size());
            assertEquals(expected, resumed.rows(), "resumed from state " + i);
            LocalDate after = complete
                    ? null
                    : LocalDate.parse(states.get(i)
                            .path("stream")
                            .path("stream_state")
                            .path("cursorkit")
                            .path("resume_after")
                            .asText());
            assertEquals(Arrays.asList(after), again.sinceSeen, "read gets the key to resume after");
            assertEquals("{}", streamState(resumed.lastState()));
            if (!complete) {
                assertTrue(
                        resumed.logs("INFO").stream()
                                .anyMatch(l -> l.contains("resuming an interrupted full refresh")
                                        && l.contains("\"" + after + "\"")),
                        resumed.stdout());
            }
        }
    }

    @Test
    void aFailureLeavesTheLastCheckpointAndTheNextSyncResumesThere() {
        TestStream failing = daily(2, days());
        failing.failInRead = new IllegalStateException("connection reset");
        failing.failAfter = 5;
        Result failed = read(failing, null);
        assertEquals(1, failed.status());
        assertEquals(List.of("STARTED", "RUNNING", "INCOMPLETE"), failed.statuses("daily"));
        JsonNode last = failed.lastState();
        assertEquals("{\"cursorkit\":{\"resume_after\":\"2024-01-04\"}}", streamState(last));
        Result resumed = read(daily(2, days()), stateFile(last));
        assertEquals(List.of("T4@2024-01-05", "T5@2024-01-06", "T6@2024-01-07"), resumed.rows());
    }

    @Test
    void aKeyBelowOrEqualToThePreviousFailsTheStreamAndRewindsToTheInputState() {
        for (Row[] rows : List.of(
                new Row[] {
                    Row.of("A", "2024-01-03"), Row.of("B", "2024-01-04"), Row.of("C", "2024-01-02"),
                },
                new Row[] {
                    Row.of("A", "2024-01-03"), Row.of("B", "2024-01-04"), Row.of("C", "2024-01-04"),
                })) {
            String input = "[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"daily\"},"
                    + "\"stream_state\":{\"cursorkit\":{\"resume_after\":\"2024-01-01\"}}}}]";
            Result result = read(daily(100, rows), input);
            assertEquals(1, result.status());
            assertEquals(List.of("A@2024-01-03", "B@2024-01-04"), result.rows(), "the record out of order is not sent");
            assertEquals("{\"cursorkit\":{\"resume_after\":\"2024-01-01\"}}", streamState(result.lastState()));
            JsonNode error = result.errors().get(0);
            assertEquals("system_error", error.path("failure_type").asText());
            String message = error.path("message").asText();
            assertTrue(
                    message.contains("out of primary key order: 'date' \"" + rows[2].date() + "\" came after"
                            + " \"2024-01-04\""),
                    message);
            assertTrue(message.contains("ORDER BY date"), message);
        }
    }

    @Test
    void aResumeAfterOfTheWrongTypeIsAConfigErrorBeforeAnyRecord() {
        String input = "{\"daily\":{\"cursorkit\":{\"resume_after\":12}}}";
        Result result = read(daily(2, days()), input);
        assertEquals(1, result.status());
        assertEquals(List.of(), result.rows());
        JsonNode error = result.errors().get(0);
        assertEquals("config_error", error.path("failure_type").asText());
        String message = error.path("message").asText();
        assertTrue(message.contains("cursorkit.resume_after is the primary key 'date'"), message);
        assertTrue(message.contains("found the number 12"), message);
    }

    @Test
    void aStateWithoutAResumePointReadsEverything() {
        for (String state : List.of(
                "{\"daily\":{}}",
                "{\"daily\":{\"date\":\"2024-01-05\"}}",
                "{\"daily\":\"2024-01-05\"}",
                "{\"daily\":{\"cursorkit\":{\"resume_after\":null}}}")) {
            Result result = read(daily(3, days()), state);
            assertEquals(0, result.status(), result.stdout());
            assertEquals(7, result.rows().size(), state);
        }
    }

    @Test
    void itCannotBeSyncedIncremental() {
        Result result =
                capture.read(new TestConnector(daily(2, days())), ReadTest.CONFIG, catalog("daily:incremental"), null);
        assertEquals(1, result.status());
        assertEquals("config_error", result.errors().get(0).path("failure_type").asText());
        assertEquals(List.of(), result.rows());
    }
}
