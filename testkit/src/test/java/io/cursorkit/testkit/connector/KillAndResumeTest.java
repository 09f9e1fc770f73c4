package io.cursorkit.testkit.connector;

import static io.cursorkit.testkit.connector.CasesConnectorTest.CONNECTOR;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
