package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.CheckpointTest.asStateFile;
import static io.cursorkit.runtime.internal.CheckpointTest.recordsBeforeEachState;
import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import io.cursorkit.runtime.spi.GeneratedStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Child streams: partitions made from a parent stream's records, the parent read from a cursor kept
 * in the child's state, and the two troubles reported of substreams elsewhere: a parent dependency
 * that does nothing (airbyte #61567) and a substream state that grows without bound (airbyte #36510).
 */
class ParentChildTest {
    @TempDir
    Path dir;

    ProtocolCapture capture;
    TestStream accounts;
    ChildTestStream invoices;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
        accounts = TestStream.sorted("accounts", 0)
                .add(Row.of("a1", "2024-01-01"), Row.of("a2", "2024-01-02"), Row.of("a3", "2024-01-03"));
        invoices = child(2, 10_000);
    }

    /** a1 has three invoices, a2 none yet, a3 two; and a partition no parent record names. */
    ChildTestStream child(int interval, int maxInState) {
        return new ChildTestStream("invoices", interval, maxInState, accounts)
                .add("a1", Row.of("a1", "2024-02-01"), Row.of("a1", "2024-02-02"), Row.of("a1", "2024-02-03"))
                .add("a3", Row.of("a3", "2024-02-01"), Row.of("a3", "2024-02-05"))
                .add("zz", Row.of("zz", "2024-02-01"));
    }

    Result read(String catalog, String state) {
        List<GeneratedStream<TestConfig, ?, ?, ?, ?>> streams = List.of(accounts, invoices);
        return capture.read(new TestConnector(streams), ReadTest.CONFIG, catalog, state);
    }

    Result readChild(String state) {
        return read(catalog("invoices:incremental"), state);
    }

    static JsonNode streamState(JsonNode state) {
        return state.path("stream").path("stream_state");
    }

    @Test
    void thePartitionsAreTheParentsRecordsAndNothingElse() {
        Result run = readChild(null);
        assertEquals(0, run.status(), run.stdout());
        assertEquals(List.of("a1", "a2", "a3"), invoices.read, "the parent's records, in the parent's order");
        assertEquals(
                List.of("a1@2024-02-01", "a1@2024-02-02", "a1@2024-02-03", "a3@2024-02-01", "a3@2024-02-05"),
                run.rows(),
                "zz is no parent's: never read");
        assertTrue(run.states("accounts").isEmpty(), "the parent is not selected: no state of its own");
        assertTrue(
                run.records().stream().allMatch(r -> r.path("stream").asText().equals("invoices")),
                "the parent's records are not emitted when it is not selected");
    }

    @Test
    void aParentRecordAddedBetweenSyncsAddsAPartitionReadFromItsStart() {
        Result first = readChild(null);
        accounts.add(Row.of("a4", "2024-03-01"));
        invoices.add("a4", Row.of("a4", "2023-01-01"));
        Result second = readChild(asStateFile(first.lastState()));
        assertEquals(0, second.status(), second.stdout());
        assertEquals(List.of("a4@2023-01-01"), second.rows(), "below every other cursor, yet not skipped");
    }

    @Test
    void theStateKeepsTheParentCursorAndEveryPartitionEvenWithoutRecords() {
        JsonNode state = streamState(readChild(null).lastState());
        assertEquals(
                "{\"cursorkit\":{\"parent\":\"2024-01-03\",\"partitions\":["
                        + "{\"partition\":\"a1\",\"cursor\":\"2024-02-03\",\"keys_at_cursor\":[[\"a1\",\"2024-02-03\"]]},"
                        + "{\"partition\":\"a2\"},"
                        + "{\"partition\":\"a3\",\"cursor\":\"2024-02-05\",\"keys_at_cursor\":[[\"a3\",\"2024-02-05\"]]}"
                        + "]}}",
                state.toString());
    }

    /** The #61567 trouble: a saved parent state must make the next sync read less, not everything. */
    @Test
    void theNextSyncReadsTheParentFromItsCursorAndEachPartitionFromItsOwn() {
        Result first = readChild(null);
        accounts.sinceSeen.clear();
        invoices.rows.sinceSeen.clear();
        Result second = readChild(asStateFile(first.lastState()));
        assertEquals(0, second.status(), second.stdout());
        assertEquals(List.of(LocalDate.parse("2024-01-03")), accounts.sinceSeen, "the parent read from its cursor");
        assertEquals(
                java.util.Arrays.asList(LocalDate.parse("2024-02-03"), null, LocalDate.parse("2024-02-05")),
                invoices.rows.sinceSeen,
                "each partition from its own cursor");
        assertEquals(List.of(), second.rows(), "nothing new: nothing emitted");
        assertTrue(
                second.logs("INFO").stream().anyMatch(l -> l.contains("parent read from date \"2024-01-03\" on")),
                second.logs("INFO").toString());
    }

    /** An incremental parent never makes the child skip a partition whose parent did not change. */
    @Test
    void aKnownPartitionIsReadEvenWhenItsParentRecordDidNotChange() {
        Result first = readChild(null);
        invoices.add("a2", Row.of("a2", "2023-06-01")); // a2 had no invoice, and a2's account is unchanged
        invoices.add("a1", Row.of("a1", "2024-02-04"));
        Result second = readChild(asStateFile(first.lastState()));
        assertEquals(List.of("a1@2024-02-04", "a2@2023-06-01"), second.rows());
        assertEquals(List.of("a1", "a2", "a3"), invoices.read.subList(3, 6), "every known partition, in order");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 100})
    void resumingFromEveryStateLosesNothingAndDuplicatesNothing(int interval) {
        invoices = child(interval, 10_000);
        Result first = readChild(null);
        List<String> all = first.rows();
        List<Integer> before = recordsBeforeEachState(first);
        List<JsonNode> states = first.states();
        for (int i = 0; i < states.size(); i++) {
            Result resumed = readChild(asStateFile(states.get(i)));
            assertEquals(0, resumed.status(), resumed.stdout());
            assertEquals(
                    all.subList(before.get(i), all.size()), resumed.rows(), "from state " + i + ": " + states.get(i));
        }
    }

    @Test
    void theParentSelectedTooEmitsItsOwnRecordsWithItsOwnState() {
        Result run = read(catalog("accounts:incremental", "invoices:incremental"), null);
        assertEquals(0, run.status(), run.stdout());
        assertEquals(
                3,
                run.records().stream()
                        .filter(r -> r.path("stream").asText().equals("accounts"))
                        .count());
        assertEquals(
                "2024-01-03",
                streamState(run.states("accounts").get(0)).path("date").asText());
        // the parent's state does not steer the child: a parent state far ahead leaves the child whole
        String parentAhead = "[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"accounts\"},"
                + "\"stream_state\":{\"date\":\"2099-01-01\"}}}]";
        invoices.read.clear();
        Result again = read(catalog("accounts:incremental", "invoices:incremental"), parentAhead);
        assertEquals(List.of("a1", "a2", "a3"), invoices.read);
        assertEquals(
                5,
                again.records().stream()
                        .filter(r -> r.path("stream").asText().equals("invoices"))
                        .count());
    }

    @Test
    void aFullRefreshChildReadsTheParentWholeAndKeepsNoState() {
        Result run = read(catalog("invoices:full_refresh"), null);
        assertEquals(0, run.status(), run.stdout());
        assertEquals(5, run.rows().size());
        assertEquals(java.util.Collections.singletonList(null), accounts.sinceSeen);
        assertEquals("{}", streamState(run.lastState()).toString());
    }

    @Test
    void partitionsWithoutAReadableFormReadTheParentWholeOnEverySync() {
        invoices.readable = false;
        Result first = readChild(null);
        assertFalse(streamState(first.lastState()).path("cursorkit").has("parent"));
        accounts.sinceSeen.clear();
        invoices.add("a2", Row.of("a2", "2023-06-01"));
        Result second = readChild(asStateFile(first.lastState()));
        assertEquals(java.util.Collections.singletonList(null), accounts.sinceSeen);
        assertEquals(List.of("a2@2023-06-01"), second.rows());
    }

    @Test
    void aParentCursorThatNoLongerReadsFallsBackToTheWholeParentWithAWarning() {
        String state = "[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"invoices\"},"
                + "\"stream_state\":{\"cursorkit\":{\"parent\":17,\"partitions\":[{\"partition\":\"a1\","
                + "\"cursor\":\"2024-02-03\"}]}}}}]";
        Result run = readChild(state);
        assertEquals(0, run.status(), run.stdout());
        assertEquals(java.util.Collections.singletonList(null), accounts.sinceSeen);
        assertEquals(List.of("a1@2024-02-03", "a3@2024-02-01", "a3@2024-02-05"), run.rows());
        assertTrue(run.logs("WARN").stream().anyMatch(l -> l.contains("the parent is read whole")), run.stdout());
    }

    @Test
    void aFailingParentFailsTheChildWithItsPhase() {
        accounts.failInRead = new IllegalStateException("accounts API down");
        accounts.failAfter = 1;
        Result run = readChild(null);
        assertEquals(1, run.status());
        assertTrue(
                run.errors().get(0).path("message").asText().contains("reading its parent stream"),
                run.errors().toString());
    }

    /** The #36510 trouble: many parents, a bounded state, a WARN, and nothing lost on the next sync. */
    @Test
    void manyParentsKeepTheStateBoundedAndTheNextSyncLosesNothing() {
        int parents = 50_000;
        int bound = 1_000;
        accounts = TestStream.sorted("accounts", 0);
        invoices = new ChildTestStream("invoices", 5_000, bound, accounts);
        for (int i = 0; i < parents; i++) {
            String id = "acct" + i;
            accounts.add(Row.of(id, "2024-01-01"));
            invoices.add(id, Row.of(id, "2024-02-01"));
        }
        Result first = readChild(null);
        assertEquals(0, first.status());
        assertEquals(parents, first.records().size());
        int largest = first.states().stream()
                .mapToInt(s -> streamState(s).toString().length())
                .max()
                .orElseThrow();
        JsonNode last = streamState(first.lastState());
        System.out.printf(
                "%d parents, maxInState %d: %d STATEs, the largest %d bytes%n",
                parents, bound, first.states().size(), largest);
        assertEquals(bound, last.path("cursorkit").path("partitions").size());
        assertFalse(last.path("cursorkit").has("parent"), "over the bound: no parent cursor to trust");
        assertTrue(largest < bound * 100, "a STATE stays under 100 bytes per kept partition: " + largest);
        assertTrue(
                first.logs("WARN").stream().anyMatch(l -> l.contains("50000 partitions, more than the 1000")),
                first.logs("WARN").toString());

        for (int i = 0; i < parents; i++) {
            invoices.add("acct" + i, Row.of("acct" + i, "2024-03-01"));
        }
        accounts.sinceSeen.clear();
        Result second = readChild(asStateFile(first.lastState()));
        assertEquals(java.util.Collections.singletonList(null), accounts.sinceSeen, "the parent read whole");
        Set<String> rows = new HashSet<>(second.rows());
        for (int i = 0; i < parents; i++) {
            assertTrue(rows.contains("acct" + i + "@2024-03-01"), "lost the new invoice of acct" + i);
        }
        assertEquals(parents + (parents - bound), second.rows().size(), "the left-out partitions' first invoice again");
    }

    @Test
    void anEmptyParentGivesNoPartitionAndNoParentCursor() {
        accounts.rows.get(null).clear();
        Result run = readChild(null);
        assertEquals(0, run.status(), run.stdout());
        assertEquals(List.of(), invoices.read);
        assertNull(streamState(run.lastState()).path("cursorkit").get("parent"));
    }
}
