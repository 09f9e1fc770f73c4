package io.cursorkit.testkit;

import static io.cursorkit.testkit.FakeSources.ORDERS;
import static io.cursorkit.testkit.FakeSources.ordersCatalog;
import static io.cursorkit.testkit.FakeSources.ordersConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The explanations {@link ResumeChecker} adds to lost records: end to end with {@link
 * io.cursorkit.testkit.fake.OrdersSource}, whose {@code read} mode makes each mistake, and on
 * {@link LossDiagnosis} directly for the mixed cases.
 */
class LossDiagnosisTest {
    private static final List<String> SEQ = List.of("seq");

    @Test
    void readFilteringAboveSinceIsToldToIncludeRecordsEqualToSince() {
        String message = failure("gt", 50, 5, 7);
        // 7 records, then the STATE at seq 2 holding the keys 6 and 7: read(2) returns seq > 2 only
        assertTrue(message.contains("stream 'orders' LOST 3 of 50 records of the reference sync"), message);
        assertTrue(
                message.contains("\n  why: every lost record has cursor seq EQUAL to the cursor of the state the run"
                        + " resumed from (2): read(since) must return the records whose cursor equals since, not"
                        + " only those above it. Filter with seq >= since, not seq > since"),
                message);
        assertFalse(message.contains("BELOW") || message.contains("ABOVE"), message);
    }

    @Test
    void readIgnoringSinceOrFilteringAtOrAboveItPasses() {
        for (String mode : List.of("ignore", "ge")) {
            ResumeReport report = ResumeChecker.of(ORDERS, ordersConfig(50, 5, 7, mode), ordersCatalog())
                    .checkpointKills(3)
                    .randomKills(1)
                    .seed(5)
                    .check();
            assertEquals(50, report.reference().records("orders").size(), mode);
            assertTrue(report.maxReemittedPerKill("orders") <= 7, mode + ": " + report);
        }
    }

    @Test
    void unsortedRecordsWithCheckpointsAreToldToSortOrDropTheInterval() {
        String message = failure("unsorted", 30, 1, 5);
        assertTrue(
                message.contains("\n  why: every lost record has cursor seq BELOW the cursor of the state the run"
                        + " resumed from ("),
                message);
        assertTrue(
                message.contains("and the stream's records came unsorted (in the uninterrupted sync, record "),
                message);
        assertTrue(message.contains("Return the records sorted by seq, or declare no @CheckpointInterval"), message);
        assertFalse(message.contains("EQUAL") || message.contains("ABOVE"), message);
    }

    @Test
    void readFilteringByAnotherFieldIsToldToFilterByTheCursorAlone() {
        String message = failure("other_field", 30, 1, 5);
        // after the STATE at seq 5, created >= 5 leaves out ids 6 and 9 (created 1 and 4)
        assertTrue(message.contains("LOST 2 of 30 records"), message);
        assertTrue(
                message.contains("\n  why: every lost record has cursor seq ABOVE the cursor of the state the run"
                        + " resumed from (5), yet that run never delivered them: read(since) left out records that"
                        + " are above since. Filter by the cursor seq alone (seq >= since), not by another field"),
                message);
    }

    @Test
    void aStateAheadOfItsRecordsIsToldSo() {
        String message = failure("ahead", 30, 3, 5);
        // 5 records (seq 1, 1, 1, 2, 2) then a STATE at seq 3: id 6, at seq 2, is never read
        assertTrue(
                message.contains("\n  why: the lost record has cursor seq BELOW the cursor of every state a run resumed"
                        + " from (the lowest: 3), though the records came sorted: a STATE named a cursor above"
                        + " records that had not been emitted yet."),
                message);
    }

    @Test
    void mixedGroupsAreCountedSeparately() {
        List<JsonNode> reference = rows(1, 2, 2, 3, 4, 5, 6); // sorted
        List<String> why = LossDiagnosis.explain(SEQ, rows(2, 2, 5, 6, 1), List.of(num(2), num(4)), reference);
        assertEquals(3, why.size(), why.toString());
        assertTrue(
                why.get(0)
                        .startsWith("2 of the 5 lost records have cursor seq EQUAL to the cursor of the state the"
                                + " run resumed from (2)"),
                why.get(0));
        assertTrue(
                why.get(1)
                        .startsWith("1 of the 5 lost records has cursor seq BELOW the cursor of every state a run"
                                + " resumed from (the lowest: 2)"),
                why.get(1));
        assertTrue(
                why.get(2)
                        .startsWith("2 of the 5 lost records have cursor seq ABOVE the cursor of the state the run"
                                + " resumed from (4), yet that run never delivered them"),
                why.get(2));
    }

    @Test
    void severalResumesAreNamedTogether() {
        List<String> why = LossDiagnosis.explain(SEQ, rows(2, 4), List.of(num(2), num(4)), rows(1, 2, 3, 4));
        assertEquals(
                List.of("every lost record has cursor seq EQUAL to the cursor of the states the runs resumed from (2,"
                        + " 4): read(since) must return the records whose cursor equals since, not only those above"
                        + " it. Filter with seq >= since, not seq > since: a STATE can fall between records that"
                        + " share one cursor value, and the ones after it are delivered only if read returns them"
                        + " again."),
                why);
    }

    @Test
    void unsortedRecordsBelowALaterStateAreBlamedOnTheOrder() {
        List<String> why = LossDiagnosis.explain(SEQ, rows(3), List.of(num(2), num(6)), rows(1, 6, 2, 3));
        assertEquals(1, why.size(), why.toString());
        assertTrue(
                why.get(0)
                        .startsWith("the lost record has cursor seq BELOW the cursor of the highest state a run"
                                + " resumed from (6), and the stream's records came unsorted (in the uninterrupted sync,"
                                + " record 3 has seq 2 after 6)"),
                why.get(0));
    }

    @Test
    void datesAndTimesAreComparedAsValues() throws JsonProcessingException {
        JsonNode state = Json.MAPPER.readTree("\"2024-01-02T10:00:00Z\"");
        JsonNode lost = Json.MAPPER.readTree("{\"at\": \"2024-01-02T11:00:00+01:00\"}"); // the same instant
        List<String> why = LossDiagnosis.explain(List.of("at"), List.of(lost), List.of(state), List.of(lost));
        assertEquals(1, why.size(), why.toString());
        assertTrue(why.get(0).contains("EQUAL"), why.get(0));
    }

    @Test
    void nothingIsSaidWithoutAStateOrACursorValue() throws JsonProcessingException {
        assertEquals(List.of(), LossDiagnosis.explain(SEQ, rows(1, 2), List.of(), rows(1, 2)));
        assertEquals(List.of(), LossDiagnosis.explain(List.of(), rows(1), List.of(num(1)), rows(1)));
        JsonNode nullCursor = Json.MAPPER.readTree("{\"seq\": null}");
        assertEquals(List.of(), LossDiagnosis.explain(SEQ, List.of(nullCursor), List.of(num(1)), rows(1)));
        JsonNode text = Json.MAPPER.readTree("{\"seq\": \"one\"}"); // cannot be compared with a number
        assertEquals(List.of(), LossDiagnosis.explain(SEQ, List.of(text), List.of(num(1)), rows(1)));
    }

    /** The message of a ResumeChecker failure, killing once right after the first STATE. */
    private static String failure(String mode, int records, int ties, int interval) {
        return assertThrows(AssertionError.class, () -> ResumeChecker.of(
                                ORDERS, ordersConfig(records, ties, interval, mode), ordersCatalog())
                        .checkpointKills(1)
                        .randomKills(0)
                        .check())
                .getMessage();
    }

    private static JsonNode num(long value) {
        return Json.MAPPER.getNodeFactory().numberNode(value);
    }

    private static List<JsonNode> rows(long... seqs) {
        List<JsonNode> rows = new ArrayList<>();
        for (long seq : seqs) {
            rows.add(Json.object().put("seq", seq));
        }
        return rows;
    }
}
