package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streams whose units are emitted in order while other threads read the next ones ahead
 * (sliced incremental, unsorted partitions): with {@code concurrency} above 1 they emit exactly the
 * messages of {@code concurrency} 1, failures and broken orders included, and their reads overlap.
 */
class ReadAheadStreamsTest {
    @TempDir
    Path dir;

    ProtocolCapture capture;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
    }

    /** A sliced incremental stream: {@code slices} slices of {@code rows} rows, ascending across slices. */
    static TestStream sliced(int interval, int slices, int rows) {
        TestStream stream = new TestStream("sliced", true, List.of("ticker", "date"), interval, true);
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int s = 0; s < slices; s++) {
            List<Row> list = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                list.add(new Row("s" + s, day, 1.0 + i));
                day = day.plusDays(1);
            }
            stream.add("s" + s, list.toArray(Row[]::new));
        }
        return stream;
    }

    /** Partitions without {@code @CheckpointInterval}: each partition's rows in no order. */
    static TestStream unsortedPartitions(int count, int rows) {
        TestStream stream = TestStream.partitioned("partitions", 0, 10_000);
        for (int p = 0; p < count; p++) {
            List<Row> list = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                // days 0, 7, 14... then 1, 8, 15...: a cursor that goes down inside the partition
                list.add(new Row("p" + p, LocalDate.of(2024, 1, 1).plusDays((i * 7L) % rows), 1.0));
            }
            stream.add("p" + p, list.toArray(Row[]::new));
        }
        return stream;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 1000})
    void slicedStreamsEmitWhatConcurrencyOneEmits(int interval) {
        assertSameAsConcurrencyOne(() -> sliced(interval, 5, 12), s -> {}, null);
    }

    @Test
    void slicedStreamsResumeAsConcurrencyOneDoes() {
        Result first = read(1, null, sliced(3, 5, 12));
        JsonNode midway = first.states("sliced").get(6).path("stream").path("stream_state");
        assertTrue(midway.path("cursorkit").has("completed_slice"), midway.toString());
        assertSameAsConcurrencyOne(
                () -> sliced(3, 5, 12),
                s -> {},
                CheckpointTest.asStateFile(first.states("sliced").get(6)));
    }

    @Test
    void unsortedPartitionsEmitWhatConcurrencyOneEmits() {
        assertSameAsConcurrencyOne(() -> unsortedPartitions(6, 15), s -> {}, null);
    }

    @Test
    void aSliceThatFailsEndsTheStreamWhereConcurrencyOneEndsIt() {
        Result four = assertSameAsConcurrencyOne(
                () -> sliced(3, 5, 12),
                s -> {
                    s.failInRead = new SQLException("connection reset");
                    s.failSlice = "s2";
                    s.failAfter = 7;
                },
                null);
        assertEquals(1, four.status());
        assertEquals(List.of("STARTED", "RUNNING", "INCOMPLETE"), four.statuses("sliced"));
    }

    @Test
    void aSliceThatFailsToOpenOrCloseEndsTheStreamWhereConcurrencyOneEndsIt() {
        assertSameAsConcurrencyOne(
                () -> sliced(2, 4, 6),
                s -> s.onRead = slice -> {
                    if (slice.equals("s3")) {
                        throw new IllegalStateException("no such month");
                    }
                },
                null);
        assertSameAsConcurrencyOne(
                () -> sliced(2, 4, 6), s -> s.failOnClose = new IllegalStateException("close failed"), null);
    }

    @Test
    void aBrokenOrderAcrossSlicesFailsWhereConcurrencyOneFails() {
        Result four = assertSameAsConcurrencyOne(
                () -> {
                    TestStream stream = sliced(2, 4, 6);
                    stream.rows.get("s2").add(new Row("s2", LocalDate.of(2000, 1, 1), 1.0));
                    return stream;
                },
                s -> {},
                null);
        assertTrue(four.errors().get(0).path("message").asText().contains("out of cursor order"));
    }

    @Test
    void slicesAreReadAhead() {
        assertReadAtOnce(sliced(2, 3, 10), 3);
    }

    @Test
    void partitionsWithoutAnIntervalAreReadAhead() {
        assertReadAtOnce(unsortedPartitions(4, 9), 4);
    }

    /** Each of the stream's {@code units} units waits in read until all have started: one at a time, none would. */
    private void assertReadAtOnce(TestStream stream, int units) {
        CountDownLatch all = new CountDownLatch(units);
        stream.onRead = unit -> {
            all.countDown();
            await(all);
        };
        Result result = read(units, null, stream);
        assertEquals(0, result.status(), result.stdout());
        assertEquals(
                stream.rows.values().stream().mapToInt(List::size).sum(),
                result.rows().size());
    }

    @Test
    void whatAReadAheadPrintsBecomesWholeLogLines() {
        TestStream stream = sliced(2, 4, 10);
        stream.printWhileReading = "page read, key s3cr3t-key";
        Result result = read(4, null, stream); // every line parsed and validated by the capture
        assertEquals(0, result.status(), result.stdout());
        List<String> printed = result.logs("INFO").stream()
                .filter(line -> line.startsWith("page read"))
                .toList();
        assertEquals(40, printed.size(), result.stdout());
        assertEquals(
                List.of("page read, key **********"),
                printed.stream().distinct().toList());
    }

    @Test
    void twoThreadsForThreeSlicedStreamsStillEndEveryStream() {
        // Each stream's emitting thread takes a thread of two; slices whose read ahead never
        // starts are read by the emitting thread itself.
        Result result = read(2, null, named("a"), named("b"), named("c"));
        assertEquals(0, result.status(), result.stdout());
        assertEquals(3 * 4 * 25, result.rows().size());
        for (String name : List.of("a", "b", "c")) {
            assertEquals(List.of("STARTED", "RUNNING", "COMPLETE"), result.statuses(name));
        }
    }

    private static TestStream named(String name) {
        TestStream stream = new TestStream(name, true, List.of("ticker", "date"), 5, true);
        sliced(5, 4, 25).rows.forEach((slice, rows) -> stream.add(slice, rows.toArray(Row[]::new)));
        return stream;
    }

    /** Reads the stream at concurrency 1 and 4 and checks the messages are the same; returns the latter. */
    private Result assertSameAsConcurrencyOne(Supplier<TestStream> make, Consumer<TestStream> tweak, String state) {
        TestStream one = make.get();
        tweak.accept(one);
        TestStream four = make.get();
        tweak.accept(four);
        Result sequential = read(1, state, one);
        Result concurrent = read(4, state, four);
        assertEquals(sequential.status(), concurrent.status(), concurrent.stdout());
        assertEquals(withoutTimesAndLogs(sequential), withoutTimesAndLogs(concurrent));
        assertTrue(sequential.records().size() > 0);
        return concurrent;
    }

    private Result read(int concurrency, String state, TestStream... streams) {
        TestConnector connector = new TestConnector(streams);
        connector.maxConcurrency = 8;
        List<String> entries = new ArrayList<>();
        for (TestStream stream : streams) {
            entries.add(stream.info().name() + ":incremental");
        }
        Result result = capture.read(
                connector,
                String.format(ConcurrentReadTest.CONFIG, concurrency),
                catalog(entries.toArray(String[]::new)),
                state);
        ConcurrentReadTest.assertRecordCountsExact(result);
        return result;
    }

    /** The messages but LOG lines (which tell the concurrency), without their times and stack traces. */
    static List<JsonNode> withoutTimesAndLogs(Result result) {
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode message : result.messages()) {
            if (message.path("type").asText().equals("LOG")) {
                continue;
            }
            JsonNode copy = message.deepCopy();
            for (String part : List.of("record", "trace")) {
                if (copy.path(part) instanceof ObjectNode object) {
                    object.remove("emitted_at");
                }
            }
            if (copy.path("trace").path("error") instanceof ObjectNode error) {
                error.remove("stack_trace"); // the frames of the thread that read the slice
            }
            kept.add(copy);
        }
        return kept;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not read ahead");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
