package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Proves "never lose, never duplicate" from the outside: runs a sync, kills it with SIGKILL at
 * chosen points, resumes from what a destination would have committed, and compares the result
 * with an uninterrupted sync.
 *
 * <p>{@link #check()} first runs a reference sync from the given state. Then, for every scenario,
 * it simulates an orchestrator and a destination: it reads the connector's stdout line by line,
 * kills the process right after the scenario's kill point, keeps only the records that a STATE of
 * their stream followed (what a destination commits), and resumes from the last committed state
 * of each stream, until a run completes. The scenarios:
 *
 * <ul>
 *   <li>a kill right after each STATE line of the reference (at most {@link #checkpointKills} of
 *       them, spread evenly), then one resume;
 *   <li>{@link #randomKills} scenarios of up to {@link #killsPerScenario} kills each, at random
 *       lines, from a {@link #seed seeded} generator (the seed is in every failure message);
 *   <li>each {@link #killAt} scenario;
 *   <li>for each {@link #failingConfig}: a first run with that config (which makes the connector
 *       fail in a stream), then resumes with the normal config.
 * </ul>
 *
 * <p>Then, per stream of the catalog: every record of the reference is committed (compared by
 * primary key, or by the whole record without one), no record of a stream with a primary key is
 * committed twice (unless {@link #allowCommittedDuplicates allowed}), and an incremental stream's
 * final cursor equals the reference's. Full refresh streams are checked on the runs since the last one
 * that started them over (a destination overwrites them): the last run, unless the stream is
 * resumable ({@code is_resumable}) and the run continued from a non-empty state, which keeps what
 * the runs before it committed. Every run must be valid protocol ({@link
 * ConnectorRun#assertValidProtocol()}).
 *
 * <p>When records of an incremental stream are lost, the failure also says where they sit
 * relative to the cursor of the state the run resumed from, each case on a line starting with
 * {@code why:}: EQUAL to it ({@code read(since)} must return records equal to {@code since}: filter
 * {@code >= since}, not {@code > since}), BELOW it while the records came unsorted (sort them, or
 * declare no {@code @CheckpointInterval}), BELOW every state while they came sorted (a STATE named
 * a cursor still to come), or ABOVE it ({@code read(since)} filtered by another field, or skipped
 * records).
 *
 * <pre>{@code
 * ResumeReport report = ResumeChecker.of(connector, config, catalog).seed(42).check();
 * }</pre>
 *
 * <p>Each kill costs one JVM start (0.3-0.5 s): the defaults (8 checkpoint kills, 3 random
 * scenarios) keep a check to a few seconds.
 */
public final class ResumeChecker {
    /** System property that fixes the seed of every check, to replay a failure. */
    public static final String SEED_PROPERTY = "cursorkit.testkit.seed";

    private final ConnectorProcess process;
    private final JsonNode config;
    private final JsonNode catalog;
    private final StreamKeys streams;
    private JsonNode initialState;
    private int checkpointKills = 8;
    private int randomKills = 3;
    private int killsPerScenario = 3;
    private long seed;
    private final List<JsonNode> failingConfigs = new ArrayList<>();
    private final List<List<Integer>> explicitKills = new ArrayList<>();
    private int parallelism = 1;
    private final Set<String> duplicatesAllowed = new HashSet<>();
    private final Set<String> lookback = new HashSet<>();

    private ResumeChecker(ConnectorProcess process, JsonNode config, JsonNode catalog) {
        this.process = Objects.requireNonNull(process, "process");
        this.config = Objects.requireNonNull(config, "config");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        List<String> problems = AirbyteProtocol.get().validateConfiguredCatalog(catalog);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not a valid ConfiguredAirbyteCatalog: " + problems);
        }
        this.streams = new StreamKeys(catalog);
        Long fixed = Long.getLong(SEED_PROPERTY);
        this.seed = fixed != null ? fixed : new Random().nextLong();
    }

    /** A check of {@code process} syncing {@code configuredCatalog} with {@code config}. */
    public static ResumeChecker of(ConnectorProcess process, JsonNode config, JsonNode configuredCatalog) {
        return new ResumeChecker(process, config, configuredCatalog);
    }

    /** Starts every sync, the reference included, from this {@code --state} (default: none). */
    public ResumeChecker fromState(JsonNode state) {
        this.initialState = state;
        return this;
    }

    /** At most this many kills right after a STATE line (default 8; 0 for none). */
    public ResumeChecker checkpointKills(int count) {
        this.checkpointKills = nonNegative(count, "checkpointKills");
        return this;
    }

    /** This many scenarios of kills at random lines (default 3; 0 for none). */
    public ResumeChecker randomKills(int count) {
        this.randomKills = nonNegative(count, "randomKills");
        return this;
    }

    /** At most this many kills in one random scenario before it runs to completion (default 3). */
    public ResumeChecker killsPerScenario(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("killsPerScenario must be >= 1, got " + count);
        }
        this.killsPerScenario = count;
        return this;
    }

    /**
     * Runs this many scenarios at a time (default 1). Scenarios are independent, so 2 on a
     * two-core machine nearly halves the time; results and failures keep the scenario order.
     */
    public ResumeChecker parallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, got " + threads);
        }
        this.parallelism = threads;
        return this;
    }

    /**
     * Seeds the random kill points (default: random, or the {@value #SEED_PROPERTY} system
     * property). Every failure message names the seed, so a failure can be replayed.
     */
    public ResumeChecker seed(long newSeed) {
        this.seed = newSeed;
        return this;
    }

    /**
     * Adds a scenario that kills its first run right after stdout line {@code lines[0]} (1-based),
     * the resumed run after {@code lines[1]}, and so on, then runs to completion.
     */
    public ResumeChecker killAt(int... lines) {
        List<Integer> kills = new ArrayList<>();
        for (int line : lines) {
            if (line < 1) {
                throw new IllegalArgumentException("kill lines are 1-based, got " + line);
            }
            kills.add(line);
        }
        explicitKills.add(List.copyOf(kills));
        return this;
    }

    /**
     * Adds a scenario whose first run uses {@code failing}, a config that makes the connector
     * fail part way (for example by throwing in {@code read}); later runs use the normal config.
     */
    public ResumeChecker failingConfig(JsonNode failing) {
        failingConfigs.add(Objects.requireNonNull(failing, "failing"));
        return this;
    }

    /**
     * Accepts committed duplicates in these streams (for a documented at-least-once case, such as
     * more ties at one cursor than the state can hold); loss is still checked.
     */
    public ResumeChecker allowCommittedDuplicates(String... streamNames) {
        duplicatesAllowed.addAll(List.of(streamNames));
        return this;
    }

    /**
     * Declares that these streams re-read a window behind their saved cursor ({@code @CursorWindow}
     * with a lookback): a record below the cursor a run resumed from is then expected (late rows and
     * updates come that way), not a failure. Loss and committed duplicates are still checked.
     */
    public ResumeChecker lookback(String... streamNames) {
        lookback.addAll(List.of(streamNames));
        return this;
    }

    /**
     * Runs the reference sync and every scenario, and checks them.
     *
     * @return what the kills cost, per stream and per kill ({@link ResumeReport})
     * @throws AssertionError naming the scenario, kill points, seed, stream and records on any loss
     *     (with where the lost records sit relative to the state resumed from), committed
     *     duplicate, protocol violation or failed resume
     */
    public ResumeReport check() {
        ConnectorRun reference = process.read(config, catalog, initialState);
        reference.assertValidProtocol().assertSucceeded();
        List<Plan> plans = plans(reference);
        List<ResumeReport.Scenario> done = new ArrayList<>();
        if (parallelism == 1) {
            for (Plan plan : plans) {
                done.add(runScenario(reference, plan));
            }
        } else {
            ExecutorService executor = Executors.newFixedThreadPool(parallelism);
            try {
                List<Future<ResumeReport.Scenario>> futures = new ArrayList<>();
                for (Plan plan : plans) {
                    futures.add(executor.submit(() -> runScenario(reference, plan)));
                }
                for (Future<ResumeReport.Scenario> future : futures) {
                    done.add(result(future)); // the first failure in plan order wins
                }
            } finally {
                executor.shutdownNow();
            }
        }
        return new ResumeReport(reference, seed, done);
    }

    /** One scenario to run: its name, the line after which each run is killed, and its first config. */
    private record Plan(String name, List<Integer> kills, JsonNode firstConfig) {}

    private List<Plan> plans(ConnectorRun reference) {
        List<Plan> plans = new ArrayList<>();
        for (int line : spread(stateLines(reference), checkpointKills)) {
            plans.add(new Plan("kill right after the STATE on line " + line, List.of(line), null));
        }
        for (List<Integer> kills : explicitKills) {
            plans.add(new Plan("kills after lines " + kills, kills, null));
        }
        Random random = new Random(seed);
        int lines = reference.stdoutLines().size();
        for (int i = 0; i < randomKills && lines > 1; i++) {
            List<Integer> kills = new ArrayList<>();
            int count = 1 + random.nextInt(killsPerScenario);
            for (int k = 0; k < count; k++) {
                kills.add(1 + random.nextInt(lines - 1));
            }
            plans.add(new Plan("random kills #" + (i + 1) + " after lines " + kills, kills, null));
        }
        for (int i = 0; i < failingConfigs.size(); i++) {
            plans.add(new Plan("failing config #" + (i + 1), List.of(), failingConfigs.get(i)));
        }
        return plans;
    }

    private static ResumeReport.Scenario result(Future<ResumeReport.Scenario> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running kill-and-resume scenarios", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private ResumeReport.Scenario runScenario(ConnectorRun reference, Plan plan) {
        String name = plan.name();
        List<Integer> kills = plan.kills();
        JsonNode firstConfig = plan.firstConfig();
        SimulatedDestination destination = new SimulatedDestination(initialState);
        List<String> history = new ArrayList<>();
        int emitted = 0;
        Map<String, Integer> maxUncommitted = new TreeMap<>();
        Map<String, Integer> emittedByStream = new TreeMap<>();
        Map<String, List<Integer>> reemittedPerKill = new TreeMap<>();
        Map<String, Set<String>> emittedBefore = new HashMap<>();
        Map<String, List<JsonNode>> resumedFrom = new HashMap<>();
        for (int attempt = 0; ; attempt++) {
            for (StreamKeys.Stream stream : streams.all()) {
                if (!stream.incremental() && !resumesFullRefresh(stream, destination)) {
                    destination.truncate(stream.name());
                }
            }
            JsonNode state = destination.resumeState();
            if (attempt > 0) {
                noteResumedCursors(destination, resumedFrom);
            }
            JsonNode runConfig = attempt == 0 && firstConfig != null ? firstConfig : config;
            ConnectorRun run = attempt < kills.size()
                    ? process.readAndKill(runConfig, catalog, state, kills.get(attempt))
                    : process.read(runConfig, catalog, state);
            history.add("run " + (attempt + 1) + (state == null ? " without state" : " from state " + Json.brief(state))
                    + (run.killed() ? " killed after line " + kills.get(attempt) : " exit " + run.exitCode()));
            try {
                run.assertValidProtocol();
            } catch (AssertionError e) {
                throw failure(name, history, e.getMessage());
            }
            String below = recordBelowState(run, destination);
            if (below != null) {
                throw failure(name, history, below);
            }
            emitted += run.records().size();
            countEmitted(run, attempt > 0, emittedBefore, emittedByStream, reemittedPerKill);
            destination.consume(run).forEach((stream, count) -> maxUncommitted.merge(stream, count, Math::max));
            boolean failedOnPurpose = attempt == 0 && firstConfig != null;
            if (!run.killed() && !failedOnPurpose) {
                if (run.exitCode() != 0) {
                    throw failure(name, history, "the resumed sync failed\n" + run.describe());
                }
                break;
            }
            if (attempt > kills.size() + 1) {
                throw failure(name, history, "the sync did not complete");
            }
        }
        Map<String, Integer> duplicates = new TreeMap<>();
        List<String> problems = compare(reference, destination, duplicates, resumedFrom);
        if (!problems.isEmpty()) {
            throw failure(name, history, String.join("\n", problems));
        }
        return new ResumeReport.Scenario(
                name, destination.runs(), emitted, maxUncommitted, duplicates, emittedByStream, reemittedPerKill);
    }

    /**
     * Whether the next run continues a full refresh of {@code stream} that an earlier run left half
     * done: the stream is resumable ({@code is_resumable}) and its committed state is not empty. The
     * destination then keeps what it committed, as a platform keeps the records of one refresh
     * across the attempts of a sync; otherwise the run starts the refresh over and overwrites them.
     */
    private static boolean resumesFullRefresh(StreamKeys.Stream stream, SimulatedDestination destination) {
        JsonNode state = destination.streamState(stream.name());
        return stream.resumable() && state != null && state.isObject() && state.size() > 0;
    }

    /** Adds, per incremental stream, the cursor of the state the next run resumes from. */
    private void noteResumedCursors(SimulatedDestination destination, Map<String, List<JsonNode>> resumedFrom) {
        for (StreamKeys.Stream stream : streams.all()) {
            if (stream.incremental() && stream.cursor().size() == 1) {
                JsonNode cursor = cursorOf(destination.streamState(stream.name()), stream);
                if (cursor != null && !cursor.isNull()) {
                    resumedFrom
                            .computeIfAbsent(stream.name(), s -> new ArrayList<>())
                            .add(cursor);
                }
            }
        }
    }

    /**
     * Counts, per stream, the records a run emitted and, for a resumed run, how many of them an
     * earlier run of the scenario had emitted already (by primary key, or whole record).
     */
    private void countEmitted(
            ConnectorRun run,
            boolean resumed,
            Map<String, Set<String>> emittedBefore,
            Map<String, Integer> emittedByStream,
            Map<String, List<Integer>> reemittedPerKill) {
        for (StreamKeys.Stream stream : streams.all()) {
            String name = stream.name();
            List<JsonNode> records = run.records(name);
            emittedByStream.merge(name, records.size(), Integer::sum);
            Set<String> before = emittedBefore.computeIfAbsent(name, s -> new HashSet<>());
            List<String> ids = new ArrayList<>(records.size());
            int again = 0;
            for (JsonNode data : records) {
                String id = streams.identity(name, data);
                ids.add(id);
                if (before.contains(id)) {
                    again++;
                }
            }
            before.addAll(ids);
            if (resumed) {
                reemittedPerKill.computeIfAbsent(name, s -> new ArrayList<>()).add(again);
            }
        }
    }

    private List<String> compare(
            ConnectorRun reference,
            SimulatedDestination destination,
            Map<String, Integer> duplicateCounts,
            Map<String, List<JsonNode>> resumedFrom) {
        List<String> problems = new ArrayList<>();
        for (StreamKeys.Stream stream : streams.all()) {
            String name = stream.name();
            Set<String> committed = new HashSet<>();
            Set<String> duplicates = new LinkedHashSet<>();
            for (SimulatedDestination.Committed record : destination.committed(name)) {
                String id = streams.identity(name, record.data());
                if (!committed.add(id)) {
                    duplicateCounts.merge(name, 1, Integer::sum);
                    if (stream.hasPrimaryKey()) {
                        duplicates.add(id + " (again in run " + record.run() + ", message " + record.line() + ")");
                    }
                }
            }
            List<JsonNode> lost = new ArrayList<>();
            Set<String> referenceIds = new HashSet<>();
            for (JsonNode data : reference.records(name)) {
                String id = streams.identity(name, data);
                if (!referenceIds.add(id) && stream.hasPrimaryKey()) {
                    duplicates.clear(); // the data itself repeats keys: duplicates prove nothing
                }
                if (!committed.contains(id)) {
                    lost.add(data);
                }
            }
            if (!lost.isEmpty()) {
                StringBuilder problem = new StringBuilder("stream '" + name + "' LOST " + lost.size() + " of "
                        + reference.records(name).size() + " records of the reference sync, first: "
                        + lost.subList(0, Math.min(5, lost.size())).stream()
                                .map(Json::brief)
                                .toList());
                if (stream.incremental()) {
                    for (String why : LossDiagnosis.explain(
                            stream.cursor(),
                            lost,
                            resumedFrom.getOrDefault(name, List.of()),
                            reference.records(name))) {
                        problem.append("\n  why: ").append(why);
                    }
                }
                problems.add(problem.toString());
            }
            if (!duplicates.isEmpty() && !duplicatesAllowed.contains(name)) {
                problems.add("stream '" + name + "' (primary key " + stream.primaryKey() + ") COMMITTED "
                        + duplicates.size() + " records twice, first: "
                        + new ArrayList<>(duplicates).subList(0, Math.min(5, duplicates.size())));
            }
            if (stream.incremental() && stream.cursor().size() == 1) {
                JsonNode expected = cursorOf(reference.lastStreamState(name).orElse(null), stream);
                JsonNode actual = cursorOf(destination.streamState(name), stream);
                if (!Objects.equals(expected, actual)) {
                    problems.add("stream '" + name + "' ended at cursor " + actual + " but the reference sync at "
                            + expected);
                }
            }
            if (stream.incremental() && stream.cursor().isEmpty()) {
                // a stream that owns its state (no cursor field): after the kills it must end where the reference did
                JsonNode expected = reference.lastStreamState(name).orElse(null);
                JsonNode actual = destination.streamState(name);
                if (!Objects.equals(expected, actual)) {
                    problems.add("stream '" + name + "' ended with the state " + actual
                            + " but the reference sync with " + expected);
                }
            }
        }
        return problems;
    }

    /** API.md: records whose cursor is below the state's are never emitted. */
    private String recordBelowState(ConnectorRun run, SimulatedDestination destination) {
        for (StreamKeys.Stream stream : streams.all()) {
            if (!stream.incremental() || stream.cursor().size() != 1 || lookback.contains(stream.name())) {
                continue;
            }
            JsonNode since = cursorOf(destination.streamState(stream.name()), stream);
            if (since == null) {
                continue;
            }
            for (JsonNode data : run.records(stream.name())) {
                Integer order = CursorOrder.compare(StreamKeys.at(data, stream.cursor()), since);
                if (order != null && order < 0) {
                    return "stream '" + stream.name() + "' emitted a record whose cursor is below the state's " + since
                            + " it resumed from: " + Json.brief(data);
                }
            }
        }
        return null;
    }

    private static JsonNode cursorOf(JsonNode streamState, StreamKeys.Stream stream) {
        return streamState == null ? null : streamState.get(stream.cursor().get(0));
    }

    private AssertionError failure(String scenario, List<String> history, String problem) {
        return new AssertionError("Kill-and-resume check failed for " + process.describe() + "\n  scenario: "
                + scenario + "\n  seed: " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")\n  runs:\n    "
                + String.join("\n    ", history) + "\n" + problem);
    }

    /** 1-based line numbers of the STATE messages of a run. */
    private static List<Integer> stateLines(ConnectorRun run) {
        List<Integer> lines = new ArrayList<>();
        List<JsonNode> messages = run.messages(); // one per line: the reference is valid protocol
        for (int i = 0; i < messages.size(); i++) {
            if ("STATE".equals(Json.text(messages.get(i), "type"))) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    /** At most {@code limit} elements of {@code all}, spread evenly, first and last included. */
    static List<Integer> spread(List<Integer> all, int limit) {
        if (all.size() <= limit) {
            return all;
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int i = 0; i < limit; i++) {
            int index = limit == 1 ? 0 : (int) Math.round(i * (all.size() - 1) / (double) (limit - 1));
            chosen.add(all.get(index));
        }
        return new ArrayList<>(chosen);
    }

    private static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
        }
        return value;
    }
}
