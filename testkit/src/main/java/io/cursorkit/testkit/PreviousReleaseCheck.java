package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Proves that a state saved by the previous release of a connector resumes without loss in this
 * one: the check for a release that changes a stream's state (a new {@code @StateVersion}, a
 * migration, a legacy blob from before cursorkit).
 *
 * <p>Its input is what the previous release printed during a {@code read} (its stdout, one message a
 * line, complete or cut short), kept as a test resource: the records a destination committed (those
 * a STATE of their stream followed) and the last STATE of each stream. {@link #check()} then
 *
 * <ol>
 *   <li>runs a sync of this release without state (the reference: every record there is);
 *   <li>runs a sync of this release from the previous release's last states, which must succeed
 *       and be valid protocol (a state it cannot read is a {@code config_error}, and fails here);
 *   <li>checks, per incremental stream of the catalog, that every record of the reference was
 *       committed by the previous release or emitted by the resumed sync (compared by primary key,
 *       or by the whole record without one); a full refresh stream's resumed sync alone must hold
 *       them all.
 * </ol>
 *
 * <p>Records delivered by both (a migration that resumes from a coarser position) are not a failure:
 * {@link Result#redelivered} counts them.
 *
 * <pre>{@code
 * PreviousReleaseCheck.of(connector, config, catalog)
 *         .previousOutput(Path.of("src/test/resources/release-1.4/read.jsonl"))
 *         .check();
 * }</pre>
 */
public final class PreviousReleaseCheck {
    /**
     * What a passed check saw.
     *
     * @param reference this release's sync without state
     * @param resumed this release's sync from the previous release's states
     * @param redelivered per stream, records the previous release had committed that the resumed sync
     *     delivered again
     */
    public record Result(ConnectorRun reference, ConnectorRun resumed, Map<String, Integer> redelivered) {}

    private final ConnectorProcess process;
    private final JsonNode config;
    private final JsonNode catalog;
    private List<String> previous;

    private PreviousReleaseCheck(ConnectorProcess process, JsonNode config, JsonNode catalog) {
        this.process = Objects.requireNonNull(process, "process");
        this.config = Objects.requireNonNull(config, "config");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** A check of {@code process} syncing {@code configuredCatalog} with {@code config}. */
    public static PreviousReleaseCheck of(ConnectorProcess process, JsonNode config, JsonNode configuredCatalog) {
        return new PreviousReleaseCheck(process, config, configuredCatalog);
    }

    /** The stdout of a {@code read} by the previous release: a file of one message a line. */
    public PreviousReleaseCheck previousOutput(Path jsonLines) {
        try {
            return previousOutput(Files.readAllLines(jsonLines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the previous release's output " + jsonLines, e);
        }
    }

    /** The stdout of a {@code read} by the previous release, one message a line. */
    public PreviousReleaseCheck previousOutput(List<String> lines) {
        this.previous = lines.stream().filter(line -> !line.isBlank()).toList();
        return this;
    }

    /**
     * Runs the two syncs and checks them.
     *
     * @throws AssertionError naming the stream and the records lost, or the resumed sync's failure
     * @throws IllegalStateException when no previous output was given, or it is not JSON lines
     */
    public Result check() {
        if (previous == null) {
            throw new IllegalStateException("give the previous release's output with previousOutput(...)");
        }
        ConnectorRun before =
                new ConnectorRun(List.of("previous release"), 0, previous, "", catalog, false, false, Duration.ZERO);
        if (before.messages().size() != previous.size()) {
            throw new IllegalStateException("the previous release's output must be one JSON message a line");
        }
        SimulatedDestination destination = new SimulatedDestination(null);
        destination.consume(before);
        JsonNode state = destination.resumeState();
        ConnectorRun reference = process.read(config, catalog, null);
        reference.assertValidProtocol().assertSucceeded();
        ConnectorRun resumed = process.read(config, catalog, state);
        try {
            resumed.assertValidProtocol().assertSucceeded();
        } catch (AssertionError e) {
            throw new AssertionError(
                    "The state saved by the previous release does not resume: "
                            + (state == null ? "(no state)" : Json.brief(state)) + "\n" + e.getMessage(),
                    e);
        }
        destination.consume(resumed);
        StreamKeys streams = new StreamKeys(catalog);
        Map<String, Integer> redelivered = new TreeMap<>();
        List<String> lost = new ArrayList<>();
        for (StreamKeys.Stream stream : streams.all()) {
            String name = stream.name();
            Set<String> delivered = new HashSet<>();
            if (stream.incremental()) {
                Set<String> committedBefore = new HashSet<>();
                for (SimulatedDestination.Committed record : destination.committed(name)) {
                    String id = streams.identity(name, record.data());
                    if (record.run() == 1) {
                        committedBefore.add(id);
                    } else if (committedBefore.contains(id)) {
                        redelivered.merge(name, 1, Integer::sum);
                    }
                    delivered.add(id);
                }
            } else {
                resumed.records(name).forEach(data -> delivered.add(streams.identity(name, data)));
            }
            List<JsonNode> missing = new ArrayList<>();
            for (JsonNode data : reference.records(name)) {
                if (!delivered.contains(streams.identity(name, data))) {
                    missing.add(data);
                }
            }
            if (!missing.isEmpty()) {
                lost.add("stream '" + name + "' LOST " + missing.size() + " of the "
                        + reference.records(name).size()
                        + " records of a sync without state, first: "
                        + missing.subList(0, Math.min(5, missing.size())).stream()
                                .map(Json::brief)
                                .toList()
                        + "\n  the previous release left the state "
                        + before.lastStreamState(name).map(Json::brief).orElse("(none)")
                        + "; the resumed sync emitted " + resumed.records(name).size() + " records");
            }
        }
        if (!lost.isEmpty()) {
            throw new AssertionError("A state saved by the previous release does not resume without loss in "
                    + process.describe() + ":\n" + String.join("\n", lost));
        }
        return new Result(reference, resumed, redelivered);
    }
}
