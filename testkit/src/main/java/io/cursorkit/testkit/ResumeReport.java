package io.cursorkit.testkit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a passed {@link ResumeChecker#check()} did and measured: the reference sync, the seed, and
 * every scenario with what its kills cost.
 *
 * <p>Three kinds of figures, not to be confused:
 *
 * <ul>
 *   <li><b>per stream, per kill</b>: {@link #maxReemittedPerKill(String)} and {@link
 *       #maxUncommitted(String)}. These are what the guarantees bound (a stream with
 *       {@code @CheckpointInterval(n)} and a primary key: at most n per kill).
 *   <li><b>per stream, per scenario</b>: {@link #maxReemitted(String)} (all the kills of one
 *       scenario added up) and {@link #maxCommittedDuplicates(String)}.
 *   <li><b>all streams, per scenario</b>: {@link #maxReemitted()}, every stream and every kill of a
 *       scenario added up. It grows with the number of streams and kills, and is not comparable
 *       with a per-kill bound.
 * </ul>
 *
 * "A kill" here is any interruption a scenario resumes from: the test kit's SIGKILL, or the failed
 * first run of a {@link ResumeChecker#failingConfig failingConfig} scenario.
 *
 * @param reference the uninterrupted sync every scenario is compared with; its records are the
 *     ones that must all be committed
 * @param seed the seed of the random kill points (replay with {@value ResumeChecker#SEED_PROPERTY})
 * @param scenarios the scenarios, in the order they were planned (kills after states, {@code
 *     killAt}, random kills, failing configs)
 */
public record ResumeReport(ConnectorRun reference, long seed, List<Scenario> scenarios) {
    public ResumeReport {
        scenarios = List.copyOf(scenarios);
    }

    /**
     * One scenario: a first run, killed (or failed on purpose), then runs that resume from what the
     * simulated destination committed, until one completes.
     *
     * @param name what was done, such as {@code kill right after the STATE on line 12} or {@code
     *     random kills #1 after lines [7, 30]}
     * @param runs the connector processes the scenario took, the killed ones and the final
     *     complete one included (so {@code runs - 1} resumes)
     * @param recordsEmitted the RECORD messages of all its runs and all streams together, committed
     *     or not
     * @param maxUncommitted per stream, the most records one interrupted run emitted after the last
     *     STATE of that stream, which the kill threw away: what one kill costs before resuming. A
     *     stream absent from the map lost nothing that way
     * @param committedDuplicates per stream, how many records the destination committed more than
     *     once over the whole scenario (by primary key, or whole record without one). For a stream
     *     without a primary key, records at the saved cursor value count here; they are not a
     *     failure
     * @param recordsEmittedByStream per stream, the records emitted over all its runs, committed or
     *     not
     * @param reemittedPerKill per stream, one number per resumed run, in order: how many of the
     *     records that run emitted had been emitted by an earlier run of the scenario already
     *     (compared by primary key, or by the whole record without one). This is what each kill cost
     *     that stream. A full refresh stream is emitted whole again on every resume
     */
    public record Scenario(
            String name,
            int runs,
            int recordsEmitted,
            Map<String, Integer> maxUncommitted,
            Map<String, Integer> committedDuplicates,
            Map<String, Integer> recordsEmittedByStream,
            Map<String, List<Integer>> reemittedPerKill) {
        public Scenario {
            maxUncommitted = Map.copyOf(maxUncommitted);
            committedDuplicates = Map.copyOf(committedDuplicates);
            recordsEmittedByStream = Map.copyOf(recordsEmittedByStream);
            Map<String, List<Integer>> copy = new LinkedHashMap<>();
            reemittedPerKill.forEach((stream, counts) -> copy.put(stream, List.copyOf(counts)));
            reemittedPerKill = Map.copyOf(copy);
        }

        /** A scenario without per-stream emission counts (as built before they existed). */
        public Scenario(
                String name,
                int runs,
                int recordsEmitted,
                Map<String, Integer> maxUncommitted,
                Map<String, Integer> committedDuplicates) {
            this(name, runs, recordsEmitted, maxUncommitted, committedDuplicates, Map.of(), Map.of());
        }

        /** The most records of {@code stream} that one resume emitted again (0 when none). */
        public int maxReemittedPerKill(String stream) {
            return reemittedPerKill.getOrDefault(stream, List.of()).stream()
                    .mapToInt(Integer::intValue)
                    .max()
                    .orElse(0);
        }

        /** The records of {@code stream} emitted again over all the resumes of this scenario. */
        public int reemitted(String stream) {
            return reemittedPerKill.getOrDefault(stream, List.of()).stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }
    }

    /**
     * Per stream, per kill, the worst case: the most records of {@code stream} that a single
     * resume emitted again, over every kill of every scenario. This is the figure the guarantees'
     * "a kill costs" column bounds (0 when the stream was never emitted again).
     */
    public int maxReemittedPerKill(String stream) {
        return scenarios.stream()
                .mapToInt(s -> s.maxReemittedPerKill(stream))
                .max()
                .orElse(0);
    }

    /**
     * Per stream, per scenario: the most records of {@code stream} that one scenario emitted again,
     * all its kills added up.
     */
    public int maxReemitted(String stream) {
        return scenarios.stream().mapToInt(s -> s.reemitted(stream)).max().orElse(0);
    }

    /**
     * Per stream, per kill: the most records of {@code stream} that one interrupted run emitted
     * after its last STATE of that stream (thrown away by the kill), over all scenarios.
     */
    public int maxUncommitted(String stream) {
        return scenarios.stream()
                .mapToInt(s -> s.maxUncommitted().getOrDefault(stream, 0))
                .max()
                .orElse(0);
    }

    /**
     * Per stream, per scenario: the most records of {@code stream} committed more than once in one
     * scenario (0 when never).
     */
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

    /**
     * All streams, per scenario: the most records any one scenario emitted beyond the reference's,
     * every stream and every kill of it added up. Not a per-kill figure: use {@link
     * #maxReemittedPerKill(String)} to compare with a checkpoint interval.
     */
    public int maxReemitted() {
        int reference = this.reference.records().size();
        return scenarios.stream()
                .mapToInt(s -> s.recordsEmitted() - reference)
                .max()
                .orElse(0);
    }

    /** The streams the figures cover: those of the reference sync's catalog, in its order. */
    public List<String> streams() {
        Set<String> names = new LinkedHashSet<>();
        if (reference.configuredCatalog() != null) {
            reference.configuredCatalog().path("streams").forEach(s -> names.add(Json.text(s.path("stream"), "name")));
        }
        names.remove(null);
        for (Scenario scenario : scenarios) {
            names.addAll(scenario.recordsEmittedByStream().keySet());
        }
        return List.copyOf(names);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(
                "ResumeReport{seed=" + seed + ", scenarios=" + scenarios.size() + ", runs=" + totalRuns()
                        + ", reference records=" + reference.records().size());
        for (String stream : streams()) {
            text.append("; ")
                    .append(stream)
                    .append(": reference ")
                    .append(reference.records(stream).size())
                    .append(", max re-emitted per kill ")
                    .append(maxReemittedPerKill(stream))
                    .append(", max uncommitted per kill ")
                    .append(maxUncommitted(stream))
                    .append(", max re-emitted per scenario ")
                    .append(maxReemitted(stream))
                    .append(", max committed duplicates per scenario ")
                    .append(maxCommittedDuplicates(stream));
        }
        return text.append("; all streams, max re-emitted per scenario=")
                .append(maxReemitted())
                .append("}")
                .toString();
    }
}
