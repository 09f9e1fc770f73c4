package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.CheckpointTest.asStateFile;
import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import io.cursorkit.runtime.spi.Runner;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A read with {@code concurrency} above 1: the same guarantees as one at a time. */
class ConcurrentReadTest {
    static final String CONFIG = "{\"api_key\":\"s3cr3t-key\",\"concurrency\":%d}";

    @TempDir
    Path dir;

    ProtocolCapture capture;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
    }

    /** {@code count} partitions of {@code rows} rows each, two tickers per day, each partition's days its own. */
    static TestStream partitions(int interval, int count, int rows) {
        TestStream stream = TestStream.partitioned("prices", interval, 10_000);
        for (int p = 0; p < count; p++) {
            List<Row> list = new ArrayList<>();
            LocalDate first = LocalDate.of(2024, 1, 1).plusDays(17L * p);
            for (int i = 0; i < rows; i++) {
                list.add(new Row("p" + p + (i % 2 == 0 ? "A" : "B"), first.plusDays(i / 2), 1.0 + i));
            }
            stream.add("p" + p, list.toArray(Row[]::new));
        }
        return stream;
    }

    Result read(int concurrency, String catalog, String state, TestStream... streams) {
        TestConnector connector = new TestConnector(streams);
        connector.maxConcurrency = 8;
        Result result = capture.read(connector, String.format(CONFIG, concurrency), catalog, state);
        assertRecordCountsExact(result);
        return result;
    }

    /** Every STATE's recordCount is the number of its stream's records since its previous STATE. */
    static void assertRecordCountsExact(Result result) {
        Map<String, Integer> since = new HashMap<>();
        for (JsonNode message : result.messages()) {
            String type = message.path("type").asText();
            if (type.equals("RECORD")) {
                since.merge(message.path("record").path("stream").asText(), 1, Integer::sum);
            } else if (type.equals("STATE")) {
                JsonNode state = message.path("state");
                String stream = state.path("stream")
                        .path("stream_descriptor")
                        .path("name")
                        .asText();
                assertEquals(
                        (double) since.getOrDefault(stream, 0),
                        state.path("sourceStats").path("recordCount").asDouble(),
                        "recordCount of " + state);
                since.put(stream, 0);
            }
        }
    }

    /** The rows of {@code stream} before each of its states, and the states. */
    static List<List<String>> committedBeforeEachState(Result result, String stream, List<JsonNode> states) {
        List<List<String>> committed = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (JsonNode message : result.messages()) {
            String type = message.path("type").asText();
            if (type.equals("RECORD")
                    && message.path("record").path("stream").asText().equals(stream)) {
                JsonNode data = message.path("record").path("data");
                rows.add(data.path("ticker").asText() + "@" + data.path("date").asText());
            } else if (type.equals("STATE")
                    && message.path("state")
                            .path("stream")
                            .path("stream_descriptor")
                            .path("name")
                            .asText()
                            .equals(stream)) {
                committed.add(new ArrayList<>(rows));
                states.add(message.path("state"));
            }
        }
        return committed;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 1000})
    void resumingFromEveryStateOfInterleavedPartitionsLosesNothingAndCommitsNothingTwice(int interval) {
        Result first = read(3, catalog("prices:incremental"), null, partitions(interval, 3, 40));
        assertEquals(0, first.status(), first.stdout());
        assertEquals(List.of("STARTED", "RUNNING", "COMPLETE"), first.statuses("prices"));
        Set<String> all = new HashSet<>(first.rows());
        assertEquals(120, all.size());
        List<JsonNode> states = new ArrayList<>();
        List<List<String>> committed = committedBeforeEachState(first, "prices", states);
        for (int i = 0; i < states.size(); i++) {
            Result resumed =
                    read(3, catalog("prices:incremental"), asStateFile(states.get(i)), partitions(interval, 3, 40));
            assertEquals(0, resumed.status(), resumed.stdout());
            Set<String> twice = new HashSet<>(committed.get(i));
            twice.retainAll(resumed.rows());
            assertEquals(Set.of(), twice, "committed by state " + i + " and delivered again: " + states.get(i));
            Set<String> union = new HashSet<>(committed.get(i));
            union.addAll(resumed.rows());
            assertEquals(all, union, "lost resuming from state " + i + ": " + states.get(i));
            assertEquals(resumed.rows().size(), new HashSet<>(resumed.rows()).size());
        }
    }

    @Test
    void theTopLevelCursorIsTheLowestOfThePartitionsCursors() {
        Result result = read(3, catalog("prices:incremental"), null, partitions(3, 3, 40));
        int checked = 0;
        for (JsonNode state : result.states("prices")) {
            JsonNode streamState = state.path("stream").path("stream_state");
            List<String> cursors = new ArrayList<>();
            streamState
                    .path("cursorkit")
                    .path("partitions")
                    .forEach(p -> cursors.add(p.path("cursor").asText()));
            if (cursors.size() == 3) {
                assertEquals(
                        cursors.stream().min(String::compareTo).orElseThrow(),
                        streamState.path("date").asText());
                checked++;
            } else {
                assertTrue(streamState.path("date").isMissingNode(), "a cursor while a partition has none: " + state);
            }
        }
        assertTrue(checked > 0);
    }

    @Test
    void partitionsAreReadSideBySide() {
        // Each partition waits in read until all three have started: one at a time would never get there.
        CountDownLatch allStarted = new CountDownLatch(3);
        TestStream stream = partitions(2, 3, 10);
        stream.onRead = slice -> {
            allStarted.countDown();
            await(allStarted);
        };
        Result result = read(3, catalog("prices:incremental"), null, stream);
        assertEquals(0, result.status(), result.stdout());
        assertEquals(30, result.rows().size());
    }

    @Test
    void streamsAreReadSideBySide() {
        CountDownLatch both = new CountDownLatch(2);
        TestStream a = TestStream.sorted("a", 2).add(Row.of("A", "2024-01-01"), Row.of("A", "2024-01-02"));
        TestStream b = TestStream.sorted("b", 2).add(Row.of("B", "2024-01-01"));
        a.onRead = slice -> {
            both.countDown();
            await(both);
        };
        b.onRead = a.onRead;
        Result result = read(2, catalog("a:incremental", "b:incremental"), null, a, b);
        assertEquals(0, result.status(), result.stdout());
        assertEquals(List.of("STARTED", "RUNNING", "COMPLETE"), result.statuses("a"));
        assertEquals(List.of("STARTED", "RUNNING", "COMPLETE"), result.statuses("b"));
    }

    @Test
    void aFailingPartitionEndsOnlyItsStreamAndItsLastStateLosesNothing() {
        TestStream prices = partitions(3, 3, 40);
        prices.failInRead = new SQLException("connection reset");
        prices.failSlice = "p1";
        prices.failAfter = 11;
        TestStream healthy = TestStream.sorted("healthy", 2).add(Row.of("H", "2024-01-01"), Row.of("H", "2024-01-02"));
        Result result = read(4, catalog("prices:incremental", "healthy:incremental"), null, prices, healthy);
        assertEquals(1, result.status());
        assertEquals(List.of("STARTED", "RUNNING", "INCOMPLETE"), result.statuses("prices"));
        assertEquals(List.of("STARTED", "RUNNING", "COMPLETE"), result.statuses("healthy"));
        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).path("message").asText().contains("connection reset"), result.stdout());
        List<JsonNode> states = new ArrayList<>();
        List<List<String>> committed = committedBeforeEachState(result, "prices", states);
        List<String> lastCommitted = committed.get(committed.size() - 1);
        Result resumed = read(
                3, catalog("prices:incremental"), asStateFile(states.get(states.size() - 1)), partitions(3, 3, 40));
        Set<String> union = new HashSet<>(lastCommitted);
        union.addAll(resumed.rows());
        Set<String> all = new HashSet<>(read(1, catalog("prices:incremental"), null, partitions(3, 3, 40))
                .rows());
        assertEquals(all, union);
        Set<String> twice = new HashSet<>(lastCommitted);
        twice.retainAll(resumed.rows());
        assertEquals(Set.of(), twice);
    }

    @Test
    void aPartitionOutOfOrderRewindsItselfAndKeepsTheOthersProgress() {
        TestStream prices = partitions(2, 3, 20);
        List<Row> p1 = prices.rows.get("p1");
        p1.add(new Row("p1Z", LocalDate.of(2000, 1, 1), 1.0)); // below everything before it
        Result result = read(3, catalog("prices:incremental"), null, prices);
        assertEquals(1, result.status());
        assertEquals("INCOMPLETE", result.statuses("prices").get(2));
        assertTrue(result.errors().get(0).path("message").asText().contains("out of cursor order"));
        JsonNode last = result.lastState().path("stream").path("stream_state");
        for (JsonNode partition : last.path("cursorkit").path("partitions")) {
            assertTrue(!partition.path("partition").asText().equals("p1"), "p1 not rewound: " + last);
        }
    }

    @Test
    void fullRefreshSlicesInterleaveWithEmptyStates() {
        TestStream sliced = new TestStream("sliced", true, List.of("ticker", "date"), 0, true);
        for (int s = 0; s < 4; s++) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                rows.add(new Row("s" + s, LocalDate.of(2024, 1, 1).plusDays(i), 1.0));
            }
            sliced.add("s" + s, rows.toArray(Row[]::new));
        }
        Result result = read(4, catalog("sliced:full_refresh"), null, sliced);
        assertEquals(0, result.status(), result.stdout());
        assertEquals(100, new HashSet<>(result.rows()).size());
        assertEquals(4, result.states().size()); // after each slice but the last, and at the end
        for (JsonNode state : result.states()) {
            assertEquals("{}", state.path("stream").path("stream_state").toString());
        }
    }

    @Test
    void concurrencyOneReadsAsBefore() {
        TestConnector plain = new TestConnector(
                partitions(3, 3, 10), TestStream.sorted("b", 2).add(Row.of("B", "2024-01-01")));
        Result before = capture.read(plain, ReadTest.CONFIG, catalog("prices:incremental", "b:incremental"), null);
        Result one = read(
                1,
                catalog("prices:incremental", "b:incremental"),
                null,
                partitions(3, 3, 10),
                TestStream.sorted("b", 2).add(Row.of("B", "2024-01-01")));
        assertEquals(withoutTimes(before), withoutTimes(one));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "9", "2.5", "\"4\"", "-1"})
    void aConcurrencyOutOfRangeIsAConfigError(String value) {
        TestConnector connector = new TestConnector(partitions(3, 3, 10));
        connector.maxConcurrency = 8;
        Result result = capture.read(
                connector,
                "{\"api_key\":\"s3cr3t-key\",\"concurrency\":" + value + "}",
                catalog("prices:incremental"),
                null);
        assertEquals(1, result.status());
        assertEquals(List.of(), result.records());
        JsonNode error = result.errors().get(0);
        assertEquals("config_error", error.path("failure_type").asText());
        assertTrue(error.path("message").asText().contains("'concurrency'"), error.toString());
        assertTrue(error.path("message").asText().contains("from 1 to 8"), error.toString());
    }

    @Test
    void concurrencyIsTheRuntimesPropertyNotAnUnknownOne() {
        Result result = read(2, catalog("prices:incremental"), null, partitions(3, 3, 10));
        assertEquals(List.of(), result.logs("WARN"));
    }

    @Test
    void aLogLineFromTheConnectorReachesStdoutWithinASecondWhileEveryReaderIsBlocked() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(2);
        TestStream stream = partitions(2, 2, 10);
        stream.onRead = slice -> {
            if (slice.equals("p0")) {
                System.out.println("waiting for the API, key s3cr3t-key");
            }
            blocked.countDown();
            await(release);
        };
        TestConnector connector = new TestConnector(stream);
        connector.maxConcurrency = 8;
        StdoutChannelTest.Lines stdout = new StdoutChannelTest.Lines();
        Thread run = new Thread(() -> Runner.run(
                new String[] {
                    "read",
                    "--config",
                    capture.file("config.json", String.format(CONFIG, 2)).toString(),
                    "--catalog",
                    capture.file("catalog.json", catalog("prices:incremental")).toString()
                },
                connector,
                stdout,
                new ByteArrayOutputStream()));
        run.start();
        try {
            assertTrue(blocked.await(10, TimeUnit.SECONDS));
            long start = System.nanoTime();
            String line;
            do {
                line = stdout.lines.poll(1, TimeUnit.SECONDS);
                assertNotNull(line, "the LOG line did not come within a second");
            } while (!line.contains("waiting for the API"));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
            assertTrue(line.contains("key **********"), line);
        } finally {
            release.countDown();
            run.join(10_000);
        }
    }

    private static List<JsonNode> withoutTimes(Result result) {
        return result.messages().stream()
                .map(m -> {
                    JsonNode copy = m.deepCopy();
                    for (String part : List.of("record", "trace")) {
                        if (copy.path(part) instanceof ObjectNode object) {
                            object.remove("emitted_at");
                        }
                    }
                    return copy;
                })
                .collect(Collectors.toList());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not read side by side");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
