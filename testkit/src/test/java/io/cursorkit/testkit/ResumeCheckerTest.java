package io.cursorkit.testkit;

import static io.cursorkit.testkit.FakeSources.PROCESS;
import static io.cursorkit.testkit.FakeSources.catalog;
import static io.cursorkit.testkit.FakeSources.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResumeCheckerTest {
    @Test
    void anHonestConnectorPasses() {
        ResumeReport report = ResumeChecker.of(PROCESS, config(20, 4, "none"), catalog("items", "notes"))
                .checkpointKills(3)
                .randomKills(2)
                .seed(7)
                .parallelism(2)
                .failingConfig(config(20, 4, "none").put("fail_after", 6))
                .check();
        assertEquals(3 + 2 + 1, report.scenarios().size());
        assertEquals(7, report.seed());
        assertEquals(40, report.reference().records().size());
        assertTrue(report.totalRuns() >= 1 + 3 * 2 + 2 + 2, report.toString());
        // killed right after a STATE, the next run starts at the record after it: nothing re-emitted
        ResumeReport.Scenario first = report.scenarios().get(0);
        assertTrue(first.name().startsWith("kill right after the STATE on line"), first.name());
        assertTrue(first.recordsEmitted() >= 40, first.toString());
    }

    @Test
    void aLostRecordIsReportedWithStreamSeedAndKillPoint() {
        AssertionError e = assertThrows(
                AssertionError.class, () -> ResumeChecker.of(PROCESS, config(12, 3, "lose"), catalog("items"))
                        .checkpointKills(2)
                        .randomKills(0)
                        .seed(11)
                        .parallelism(2)
                        .check());
        String message = e.getMessage();
        assertTrue(message.contains("stream 'items' LOST 1 of 12 records"), message);
        assertTrue(message.contains("seed: 11 (replay with -Dcursorkit.testkit.seed=11)"), message);
        assertTrue(message.contains("kill right after the STATE on line"), message);
        assertTrue(message.contains("{\"id\":4,\"seq\":4}"), message); // the record after the first state
        // the fake skips the first record after the state: above it, so read(since) left it out
        assertTrue(
                message.contains("\n  why: the lost record has cursor seq ABOVE the cursor of the state the run resumed"
                        + " from (3), yet that run never delivered it: read(since) left out records that are above"
                        + " since."),
                message);
    }

    @Test
    void theReportCountsWhatEachKillCostEachStream() {
        ResumeReport report = ResumeChecker.of(PROCESS, config(20, 4, "none"), catalog("items", "notes"))
                .checkpointKills(0)
                .randomKills(0)
                .killAt(4) // STARTED and items 1 to 3: nothing committed, all of it read again
                .killAt(4, 3) // the same, then STARTED and items 1 and 2
                .check();
        ResumeReport.Scenario one = report.scenarios().get(0);
        assertEquals(Map.of("items", List.of(3), "notes", List.of(0)), one.reemittedPerKill());
        assertEquals(Map.of("items", 23, "notes", 20), one.recordsEmittedByStream());
        assertEquals(Map.of("items", 3), one.maxUncommitted());
        ResumeReport.Scenario two = report.scenarios().get(1);
        assertEquals(List.of(2, 3), two.reemittedPerKill().get("items"));
        assertEquals(3, two.maxReemittedPerKill("items"));
        assertEquals(5, two.reemitted("items"));
        assertEquals(25, two.recordsEmittedByStream().get("items"));

        assertEquals(3, report.maxReemittedPerKill("items")); // per stream, per kill
        assertEquals(3, report.maxUncommitted("items"));
        assertEquals(5, report.maxReemitted("items")); // per stream, the kills of one scenario added up
        assertEquals(0, report.maxReemittedPerKill("notes"));
        assertEquals(5, report.maxReemitted()); // every stream and every kill of one scenario
        assertEquals(List.of("items", "notes"), report.streams());
        assertTrue(report.toString().contains("items: reference 20, max re-emitted per kill 3,"), report.toString());
    }

    @Test
    void aScenarioBuiltTheOldWayHasNoPerStreamCounts() {
        ResumeReport.Scenario scenario = new ResumeReport.Scenario("s", 2, 5, Map.of("a", 1), Map.of());
        assertEquals(Map.of(), scenario.reemittedPerKill());
        assertEquals(0, scenario.maxReemittedPerKill("a"));
        assertEquals(1, scenario.maxUncommitted().get("a"));
    }

    @Test
    void aCommittedDuplicateIsReportedForAStreamWithAPrimaryKey() {
        AssertionError e = assertThrows(
                AssertionError.class, () -> ResumeChecker.of(PROCESS, config(12, 3, "duplicate"), catalog("items"))
                        .checkpointKills(1)
                        .randomKills(0)
                        .check());
        assertTrue(
                e.getMessage().contains("stream 'items' (primary key [[id]]) COMMITTED 1 records twice"),
                e.getMessage());
        assertTrue(e.getMessage().contains("[3] (again in run 2"), e.getMessage());
    }

    @Test
    void aRecordBelowTheResumedStateIsReported() {
        AssertionError e = assertThrows(
                AssertionError.class, () -> ResumeChecker.of(PROCESS, config(12, 3, "rewind"), catalog("notes"))
                        .checkpointKills(1)
                        .randomKills(0)
                        .check());
        assertTrue(
                e.getMessage().contains("stream 'notes' emitted a record whose cursor is below the state's 3"),
                e.getMessage());
    }

    @Test
    void duplicatesWithoutAPrimaryKeyOrAllowedOnesPass() {
        ResumeChecker.of(PROCESS, config(12, 3, "duplicate"), catalog("notes"))
                .parallelism(2)
                .checkpointKills(2)
                .randomKills(1)
                .seed(3)
                .check();
        ResumeChecker.of(PROCESS, config(12, 3, "duplicate"), catalog("items"))
                .allowCommittedDuplicates("items")
                .checkpointKills(1)
                .randomKills(0)
                .check();
    }

    @Test
    void sameSeedSameScenarios() {
        ObjectNode config = config(30, 5, "none");
        List<String> first = names(ResumeChecker.of(PROCESS, config, catalog("items"))
                .checkpointKills(0)
                .randomKills(2)
                .seed(99)
                .check());
        List<String> second = names(ResumeChecker.of(PROCESS, config, catalog("items"))
                .checkpointKills(0)
                .randomKills(2)
                .seed(99)
                .parallelism(2) // same scenarios, same order
                .check());
        assertEquals(first, second);
    }

    @Test
    void spreadKeepsFirstAndLast() {
        assertEquals(List.of(1, 5, 9), ResumeChecker.spread(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), 3));
        assertEquals(List.of(1, 2), ResumeChecker.spread(List.of(1, 2), 3));
        assertEquals(List.of(), ResumeChecker.spread(List.of(1, 2), 0));
    }

    private static List<String> names(ResumeReport report) {
        return report.scenarios().stream().map(ResumeReport.Scenario::name).toList();
    }
}
