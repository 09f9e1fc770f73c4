package io.cursorkit.testkit;

import static io.cursorkit.testkit.FakeSources.PROCESS;
import static io.cursorkit.testkit.FakeSources.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * How {@link ResumeChecker} judges a full refresh stream that resumes from its state: the
 * destination keeps what earlier runs committed only when the stream is {@code is_resumable} and
 * the run continues from a non-empty state; otherwise the run starts the stream over.
 */
class ResumableFullRefreshCheckTest {
    /** {@code items} synced full refresh (the fake resumes after its state's seq in any mode). */
    private static ObjectNode fullRefresh(boolean resumable) {
        ObjectNode catalog = ConfiguredCatalogBuilder.from(
                        PROCESS.discover(config(1, 1, "none")).catalog())
                .only("items")
                .mode("items", SyncMode.FULL_REFRESH)
                .build();
        ((ObjectNode) catalog.get("streams").get(0).get("stream")).put("is_resumable", resumable);
        return catalog;
    }

    private static ResumeChecker checker(String bug, boolean resumable) {
        return ResumeChecker.of(PROCESS, config(12, 3, bug), fullRefresh(resumable))
                .checkpointKills(3)
                .randomKills(2)
                .seed(3)
                .parallelism(2);
    }

    @Test
    void aResumableStreamKeepsWhatEarlierRunsCommitted() {
        ResumeReport report = checker("none", true).check();
        assertEquals(0, report.maxCommittedDuplicates("items"));
        assertTrue(report.maxReemittedPerKill("items") <= 3, report.toString());
    }

    @Test
    void aResumableStreamThatSkipsARecordOnResumeIsCaught() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> checker("lose", true).check());
        assertTrue(e.getMessage().contains("stream 'items' LOST 1 of 12 records"), e.getMessage());
    }

    @Test
    void aResumableStreamThatResumesTooEarlyCommitsDuplicates() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> checker("rewind", true).check());
        assertTrue(e.getMessage().contains("stream 'items' (primary key [[id]]) COMMITTED"), e.getMessage());
    }

    @Test
    void aStreamNotResumableIsOverwrittenSoResumingLosesWhatCameBefore() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> checker("none", false).check());
        assertTrue(e.getMessage().contains("stream 'items' LOST"), e.getMessage());
    }
}
