package io.cursorkit.testkit;

import java.util.List;

/**
 * What a passed {@link ResumeChecker#check()} did: the reference sync, the seed and every
 * scenario, with how many records the connector emitted in it (the cost of the kills: emitted
 * minus the reference's records were emitted again).
 *
 * @param reference the uninterrupted sync every scenario is compared with
 * @param seed the seed of the random kill points
 * @param scenarios the scenarios, in the order they ran
 */
public record ResumeReport(ConnectorRun reference, long seed, List<Scenario> scenarios) {
    public ResumeReport {
        scenarios = List.copyOf(scenarios);
    }

    /**
     * One scenario.
     *
     * @param name what was done, e.g. {@code kill right after the STATE on line 12}
     * @param runs the connector processes it took, the killed ones included
     * @param recordsEmitted the records emitted over all of its runs, committed or not
     */
    public record Scenario(String name, int runs, int recordsEmitted) {}

    /** The number of connector processes run, the reference included. */
    public int totalRuns() {
        return 1 + scenarios.stream().mapToInt(Scenario::runs).sum();
    }

    /** The most records any scenario emitted beyond the reference's (records re-emitted on resume). */
    public int maxReemitted() {
        int reference = this.reference.records().size();
        return scenarios.stream()
                .mapToInt(s -> s.recordsEmitted() - reference)
                .max()
                .orElse(0);
    }

    @Override
    public String toString() {
        return "ResumeReport{seed=" + seed + ", scenarios=" + scenarios.size() + ", runs=" + totalRuns()
                + ", reference records=" + reference.records().size() + ", max re-emitted=" + maxReemitted() + "}";
    }
}
