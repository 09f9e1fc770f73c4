package io.cursorkit.testkit.connector;

import static io.cursorkit.testkit.connector.CasesConnectorTest.CONNECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Never lose, never duplicate: every kind of stream of the test connector, killed with SIGKILL
 * after states and at seeded random lines, and failing in {@code read}, then resumed from what a
 * destination committed.
 */
class KillAndResumeTest {
    @TempDir
    Path dir;

    /**
     * Per stream kind: the most records one kill may cost (emitted after the last committing state,
     * so emitted again on resume), and the most records committed twice in one scenario.
     */
    @ParameterizedTest
    @CsvSource({
        "ties,            3,  0", // @CheckpointInterval(3): at most one interval
        "sliced_sorted,   4,  0", // @CheckpointInterval(4), sliced
        "monthly,         5,  0", // @CheckpointInterval(5), sliced by month, date cursor
        "per_ticker,      4,  0", // @Partitions by ticker, @CheckpointInterval(4): a cursor per ticker
        "invoices,        2,  0", // a child of accounts, @CheckpointInterval(2): a cursor per account
        "unsorted,        30, 0", // no interval: the whole stream (30 rows)
        "sliced_unsorted, -1, 0", // no interval, sliced: at most one slice (-1: the largest slice)
        "no_key,          3,  4", // no key: the rows at the saved cursor (2) come again, per resume
        "snapshot,        15, 0", // full refresh: the whole stream, overwritten
        "directory,       4,  0", // resumable full refresh, @CheckpointInterval(4): at most one interval
    })
    void noLossNoCommittedDuplicate(String stream, int maxCost, int maxDuplicates) {
        CasesData data = new CasesData(dir).standard();
        JsonNode catalog = catalog(data, stream);
        ResumeReport report = ResumeChecker.of(CONNECTOR, data.config(), catalog)
                .parallelism(2)
                .checkpointKills(3)
                .randomKills(1)
                .killsPerScenario(2)
                .seed(stream.hashCode())
                .failingConfig(data.failing(stream, 7))
                .check();
        int bound = maxCost >= 0 ? maxCost : largestSlice(stream);
        System.out.printf(
                "%s: %s, max records lost uncommitted per kill %d (bound %d), max committed duplicates %d%n",
                stream, report, report.maxUncommitted(stream), bound, report.maxCommittedDuplicates(stream));
        assertTrue(report.maxUncommitted(stream) <= bound, report.scenarios().toString());
        assertTrue(
                report.maxCommittedDuplicates(stream) <= maxDuplicates,
                report.scenarios().toString());
    }

    /** The 1-based line of the last STATE of a run. */
    private static int finalStateLine(ConnectorRun run) {
        List<JsonNode> messages = run.messages();
        int line = 0;
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).path("type").asText().equals("STATE")) {
                line = i + 1;
            }
        }
        return line;
    }

    /** The rows of the largest slice (cursor range of width 10) of a sliced stream. */
    private int largestSlice(String stream) {
        try {
            Map<Long, Integer> sizes = new HashMap<>();
            for (String line : Files.readAllLines(dir.resolve(stream + ".csv"))) {
                sizes.merge(Long.parseLong(line.split(",")[1]) / Buckets.WIDTH, 1, Integer::sum);
            }
            return sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Resumable full refresh, killed at every line before the stream's final STATE (after each of
     * its checkpoints among them), several times in a row, and failing twice: each resume continues
     * after the last committed id, so one kill costs at most the interval (4 records) instead of the
     * whole stream (23), and nothing is lost or committed twice.
     */
    @Test
    void aResumableFullRefreshCostsAtMostOneIntervalPerKill() {
        CasesData data = new CasesData(dir).standard();
        JsonNode catalog = catalog(data, "directory");
        // the line of the final STATE, {}: the stream is complete there
        int completed = finalStateLine(CONNECTOR.read(data.config(), catalog).assertSucceeded());
        ResumeChecker checker = ResumeChecker.of(CONNECTOR, data.config(), catalog)
                .parallelism(2)
                .checkpointKills(0)
                .randomKills(0)
                .killAt(9, 9, 9) // after a state and a record, then right after a resumed run's first state
                .killAt(12, 7, 10)
                .failingConfig(data.failing("directory", 7))
                .failingConfig(data.failing("directory", 13));
        for (int line = 1; line < completed; line++) {
            checker.killAt(line);
        }
        ResumeReport report = checker.check();
        System.out.printf(
                "directory: %s; killed at each of lines 1..%d: max re-emitted per kill %d, max uncommitted %d,"
                        + " committed duplicates %d%n",
                report,
                completed - 1,
                report.maxReemittedPerKill("directory"),
                report.maxUncommitted("directory"),
                report.maxCommittedDuplicates("directory"));
        assertTrue(
                report.maxReemittedPerKill("directory") <= 4, report.scenarios().toString());
        assertEquals(
                0,
                report.maxCommittedDuplicates("directory"),
                report.scenarios().toString());
        assertEquals(completed - 1 + 4, report.scenarios().size());
    }

    /**
     * The usual scenarios, a kill after the final STATE among them: a completed stream's state is
     * {@code {}}, so that kill starts a new refresh, which the destination overwrites; nothing lost.
     */
    @Test
    void aResumableFullRefreshKilledAfterItCompletedStartsOver() {
        CasesData data = new CasesData(dir).standard();
        ResumeReport report = ResumeChecker.of(CONNECTOR, data.config(), catalog(data, "directory"))
                .parallelism(2)
                .checkpointKills(100)
                .randomKills(3)
                .seed(10)
                .check();
        assertEquals(0, report.maxCommittedDuplicates("directory"));
        int completed = finalStateLine(report.reference());
        ResumeReport.Scenario last = report.scenarios().stream()
                .filter(s -> s.name().equals("kill right after the STATE on line " + completed))
                .findFirst()
                .orElseThrow(() -> new AssertionError(report.scenarios().toString()));
        assertEquals(23, last.maxReemittedPerKill("directory"), "after {} the next sync reads everything");
    }

    @ParameterizedTest
    @ValueSource(strings = {"null_cursors"})
    void nullCursorRowsComeAgainButNothingIsLost(String stream) {
        CasesData data = new CasesData(dir).standard();
        ResumeChecker.of(CONNECTOR, data.config(), catalog(data, stream))
                .parallelism(2)
                .checkpointKills(3)
                .randomKills(2)
                .killsPerScenario(2)
                .seed(5)
                .allowCommittedDuplicates(stream) // null-cursor rows are emitted on every sync
                .check();
    }

    @ParameterizedTest
    @ValueSource(ints = {1})
    void allStreamsInOneSync(int seed) {
        CasesData data = new CasesData(dir).standard();
        JsonNode catalog = ConfiguredCatalogBuilder.from(
                        CONNECTOR.discover(data.config()).catalog())
                .build();
        ResumeChecker.of(CONNECTOR, data.config(), catalog)
                .parallelism(2)
                .checkpointKills(4)
                .randomKills(2)
                .seed(seed)
                .allowCommittedDuplicates("null_cursors")
                .check();
    }

    private static JsonNode catalog(CasesData data, String stream) {
        return ConfiguredCatalogBuilder.from(CONNECTOR.discover(data.config()).catalog())
                .only(stream)
                .build();
    }
}
