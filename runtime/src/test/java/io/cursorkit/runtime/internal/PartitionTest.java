package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.CheckpointTest.asStateFile;
import static io.cursorkit.runtime.internal.CheckpointTest.recordsBeforeEachState;
import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Partitioned streams: a cursor per partition, a safe global cursor, a bounded state. */
class PartitionTest {
    @TempDir
    Path dir;

    ProtocolCapture capture;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
    }

    Result read(TestStream stream, String state) {
        return capture.read(new TestConnector(stream), ReadTest.CONFIG, catalog("prices:incremental"), state);
    }

    /** The tied rows of CheckpointTest, tickers prefixed so that every partition's keys are its own. */
    static Row[] rows(String prefix, boolean sorted) {
        List<Row> rows = new ArrayList<>();
        for (Row row : CheckpointTest.tiedRows()) {
            rows.add(new Row(prefix + row.ticker(), row.date(), 1.0));
        }
        if (!sorted) {
            Collections.reverse(rows);
        }
        return rows.toArray(Row[]::new);
    }

    /** Three partitions; p2's history lies below p1's cursor, p3's above. */
    static TestStream three(int interval, int maxPartitions) {
        boolean sorted = interval > 0;
        return TestStream.partitioned("prices", interval, maxPartitions)
                .add("p1", rows("p1", sorted))
                .add("p2", shifted(rows("p2", sorted), -30))
                .add("p3", shifted(rows("p3", sorted), 30));
    }

    static Row[] shifted(Row[] rows, int days) {
        return Arrays.stream(rows)
                .map(r -> new Row(r.ticker(), r.date().plusDays(days), r.price()))
                .toArray(Row[]::new);
    }

    static JsonNode streamState(JsonNode state) {
        return state.path("stream").path("stream_state");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 4, 100})
    void resumingFromEveryStateLosesNothingAndDuplicatesNothing(int interval) {
        Result first = read(three(interval, 10_000), null);
        assertEquals(0, first.status(), first.stdout());
        List<String> all = first.rows();
        assertEquals(27, all.size());
        List<Integer> before = recordsBeforeEachState(first);
        List<JsonNode> states = first.states();
        for (int i = 0; i < states.size(); i++) {
            Result resumed = read(three(interval, 10_000), asStateFile(states.get(i)));
            assertEquals(0, resumed.status(), resumed.stdout());
            assertEquals(
                    all.subList(before.get(i), all.size()),
                    resumed.rows(),
                    "resumed from state " + i + ": " + states.get(i));
        }
        Result again = read(three(interval, 10_000), asStateFile(first.lastState()));
        assertEquals(List.of(), again.rows());
        assertEquals(streamState(first.lastState()), streamState(again.lastState()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void theCursorFieldAloneIsSafeForEveryPartitionInEveryState(int interval) {
        Result first = read(three(interval, 10_000), null);
        List<String> all = first.rows();
        List<Integer> before = recordsBeforeEachState(first);
        List<JsonNode> states = first.states();
        for (int i = 0; i < states.size(); i++) {
            JsonNode cursor = streamState(states.get(i)).path("date");
            String onlyCursor = cursor.isMissingNode() ? null : "{\"prices\": {\"date\": " + cursor + "}}";
            Result resumed = read(three(interval, 10_000), onlyCursor);
            List<String> committed = new ArrayList<>(all.subList(0, before.get(i)));
            committed.addAll(resumed.rows());
            assertTrue(committed.containsAll(all), "state " + i + " cut to its cursor " + cursor + " lost records");
        }
    }

    @Test
    void theStateHoldsEachPartitionsCursorAndTheLowestUnderTheCursorField() {
        JsonNode state = streamState(read(three(100, 10_000), null).lastState());
        assertEquals(
                "{\"date\":\"2023-12-05\",\"cursorkit\":{\"partitions\":["
                        + "{\"partition\":\"p1\",\"cursor\":\"2024-01-04\",\"keys_at_cursor\":[[\"p1A\",\"2024-01-04\"]]},"
                        + "{\"partition\":\"p2\",\"cursor\":\"2023-12-05\",\"keys_at_cursor\":[[\"p2A\",\"2023-12-05\"]]},"
                        + "{\"partition\":\"p3\",\"cursor\":\"2024-02-03\",\"keys_at_cursor\":[[\"p3A\",\"2024-02-03\"]]}"
                        + "]}}",
                state.toString());
    }

    @Test
    void aPartitionAddedLaterGetsItsWholeHistory() {
        TestStream one = TestStream.partitioned("prices", 2, 10_000).add("p1", rows("p1", true));
        Result first = read(one, null);
        TestStream two = TestStream.partitioned("prices", 2, 10_000)
                .add("p1", rows("p1", true))
                .add("p2", shifted(rows("p2", true), -30));
        Result second = read(two, asStateFile(first.lastState()));
        assertEquals(0, second.status(), second.stdout());
        List<String> expected = new ArrayList<>();
        for (Row row : shifted(rows("p2", true), -30)) {
            expected.add(row.ticker() + "@" + row.date());
        }
        assertEquals(expected, second.rows(), "all of p2, none of p1");
        assertEquals(Arrays.asList(LocalDate.parse("2024-01-04"), null), two.sinceSeen);
    }

    @Test
    void aStateWithOnlyTheCursorResumesEveryPartitionFromIt() {
        for (String state : List.of(
                "{\"prices\": {\"date\": \"2024-01-03\"}}",
                "{\"prices\": \"2024-01-03\"}",
                "[{\"type\": \"STREAM\", \"stream\": {\"stream_descriptor\": {\"name\": \"prices\"},"
                        + " \"stream_state\": {\"date\": \"2024-01-03\","
                        + " \"cursorkit\": {\"keys_at_cursor\": [[\"p1A\", \"2024-01-03\"]]}}}}]")) {
            TestStream stream = three(2, 10_000);
            Result result = read(stream, state);
            assertEquals(0, result.status(), result.stdout());
            LocalDate since = LocalDate.parse("2024-01-03");
            assertEquals(List.of(since, since, since), stream.sinceSeen, state);
            List<String> expected = new ArrayList<>();
            for (Row row : rows("p1", true)) {
                if (!row.date().isBefore(since)
                        && !(state.contains("keys")
                                && row.ticker().equals("p1A")
                                && row.date().equals(since))) {
                    expected.add(row.ticker() + "@" + row.date());
                }
            }
            for (Row row : shifted(rows("p3", true), 30)) {
                expected.add(row.ticker() + "@" + row.date());
            }
            assertEquals(expected, result.rows(), state);
        }
    }

    @Test
    void aFarFutureStateYieldsNothingAndComesBackUnchanged() {
        Result result = read(three(2, 10_000), "{\"prices\": {\"date\": \"9999-12-31\"}}");
        assertEquals(List.of(), result.rows());
        assertEquals("9999-12-31", streamState(result.lastState()).path("date").asText());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void pastTheLimitPartitionsAreLeftOutAndReadAgainNeverLost(int interval) {
        Result first = read(three(interval, 2), null);
        assertEquals(0, first.status(), first.stdout());
        JsonNode last = streamState(first.lastState());
        assertEquals(2, last.path("cursorkit").path("partitions").size(), last.toString());
        assertTrue(last.path("date").isMissingNode(), "no cursor is safe for the partition read from the start");
        assertTrue(
                first.logs("WARN").stream()
                        .anyMatch(w ->
                                w.contains("leaves out the other 1") && w.contains("delivers their records again")),
                first.logs("WARN").toString());
        // From every state: nothing lost; only the partition left out comes again.
        List<String> all = first.rows();
        List<Integer> before = recordsBeforeEachState(first);
        List<JsonNode> states = first.states();
        for (int i = 0; i < states.size(); i++) {
            Result resumed = read(three(interval, 2), asStateFile(states.get(i)));
            List<String> committed = new ArrayList<>(all.subList(0, before.get(i)));
            committed.addAll(resumed.rows());
            assertTrue(committed.containsAll(all), "resumed from state " + i + " lost records");
            for (String row : resumed.rows()) {
                if (all.subList(0, before.get(i)).contains(row)) {
                    assertTrue(row.startsWith("p3"), "only p3, left out, comes again: " + row);
                }
            }
        }
    }

    @Test
    void theOrderIsCheckedPerPartitionAndAViolationRewindsOnlyThatPartition() {
        // p2 lies below p1: no violation across partitions.
        assertEquals(0, read(three(2, 10_000), null).status());
        TestStream broken = TestStream.partitioned("prices", 2, 10_000)
                .add("p1", rows("p1", true))
                .add("p2", Row.of("x", "2024-01-05"), Row.of("y", "2024-01-06"), Row.of("z", "2024-01-01"));
        Result result = read(broken, null);
        assertEquals(1, result.status());
        String message = result.errors().get(0).path("message").asText();
        assertTrue(message.contains("in its partition \"p2\"") && message.contains("2024-01-01"), message);
        // p1 keeps its progress; p2 has no cursor, so it is read from the start (and no stream cursor
        // is safe for it).
        assertEquals(
                "{\"cursorkit\":{\"partitions\":["
                        + "{\"partition\":\"p1\",\"cursor\":\"2024-01-04\",\"keys_at_cursor\":[[\"p1A\",\"2024-01-04\"]]}]}}",
                streamState(result.lastState()).toString());
    }

    @Test
    void aPartitionListedTwiceFailsTheStream() {
        TestStream twice = three(2, 10_000);
        twice.listed = List.of("p1", "p2", "p1");
        Result result = read(twice, null);
        assertEquals(1, result.status());
        String message = result.errors().get(0).path("message").asText();
        assertTrue(message.contains("listed the partition \"p1\" twice"), message);
        assertEquals(List.of(), result.rows());
    }

    @Test
    void aWrongPartitionsStateIsAConfigError() {
        Result result = read(
                three(2, 10_000),
                "{\"prices\": {\"date\": \"2024-01-01\", \"cursorkit\": {\"partitions\": [{\"cursor\": \"x\"}]}}}");
        assertEquals(1, result.status());
        String message = result.errors().get(0).path("message").asText();
        assertTrue(message.contains("cursorkit.partitions[0]") && message.contains("\"partition\""), message);
        assertEquals(List.of(), result.rows());
    }
}
