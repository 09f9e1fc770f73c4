package io.cursorkit.testkit;

import java.util.List;
import java.util.Map;

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
     * @param maxUncommitted per stream, the most records one interrupted run emitted after the last
     *     state that committed them: what a kill costs, since they are emitted again on resume
     * @param committedDuplicates per stream, records the destination committed more than once
     */
    public record Scenario(
            String name,
            int runs,
            int recordsEmitted,
            Map<String, Integer> maxUncommitted,
            Map<String, Integer> committedDuplicates) {
        public Scenario {
            maxUncommitted = Map.copyOf(maxUncommitted);
            committedDuplicates = Map.copyOf(committedDuplicates);
        }
    }

    /** The most records of {@code stream} one interrupted run lost uncommitted, over all scenarios. */
    public int maxUncommitted(String stream) {
        return scenarios.stream()
                .mapToInt(s -> s.maxUncommitted().getOrDefault(stream, 0))
                .max()
                .orElse(0);
    }

    /** The most records of {@code stream} committed twice in one scenario (0 when never). */
    public int maxCommittedDuplicates(String stream) {
        return scenarios.stream()
                .mapToInt(s -> s.committedDuplicates().getOrDefault(stream, 0))
                .max()
                .orElse(0);
    }

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
