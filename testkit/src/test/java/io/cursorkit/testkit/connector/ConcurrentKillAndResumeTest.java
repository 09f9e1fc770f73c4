package io.cursorkit.testkit.connector;

import static io.cursorkit.testkit.connector.CasesConnectorTest.CONNECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import io.cursorkit.testkit.SyncMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guarantees of {@link KillAndResumeTest} with {@code concurrency} 4: SIGKILL after states and
 * at random lines, failures, resumes; nothing lost, nothing committed twice, every line whole, every
 * {@code recordCount} exact.
 */
class ConcurrentKillAndResumeTest {
    static final int CONCURRENCY = 4;

    @TempDir
    Path dir;

    static ObjectNode concurrent(ObjectNode config) {
        return config.put("concurrency", CONCURRENCY);
    }

    /**
     * Per stream: the most records one kill may cost. Partitions read side by side each hand over up
     * to an interval (less one) of records after their last STATE: at most partitions x interval.
     */
    @ParameterizedTest
    @CsvSource({
        "per_ticker,      12, incremental", // 3 tickers side by side, @CheckpointInterval(4) each
        // read ahead, emitted in order: the bounds of concurrency 1
        "monthly,         5,  incremental", // sliced and sorted, @CheckpointInterval(5)
        "sliced_sorted,   4,  incremental", // sliced and sorted, @CheckpointInterval(4)
        "sliced_unsorted, 30, incremental", // sliced, unsorted: at most one slice
        "invoices,        2,  incremental", // a child of accounts, @CheckpointInterval(2) per account
        "monthly,         30, full_refresh", // full refresh: slices side by side, the whole stream
        "snapshot,        15, full_refresh",
    })
    void noLossNoCommittedDuplicate(String stream, int maxCost, String mode) {
        CasesData data = new CasesData(dir).standard();
        ConfiguredCatalogBuilder builder = ConfiguredCatalogBuilder.from(
                        CONNECTOR.discover(data.config()).catalog())
                .only(stream);
        if (mode.equals("full_refresh")) {
            builder.mode(stream, SyncMode.FULL_REFRESH);
        }
        JsonNode catalog = builder.build();
        assertWholeAndCounted(CONNECTOR.read(concurrent(data.config()), catalog));
        ResumeReport report = ResumeChecker.of(CONNECTOR, concurrent(data.config()), catalog)
                .parallelism(2)
                .checkpointKills(4)
                .randomKills(2)
                .killsPerScenario(2)
                .seed(stream.hashCode() + mode.hashCode())
                .failingConfig(concurrent(data.failing(stream, 7)))
                .check();
        System.out.printf(
                "concurrency %d, %s (%s): %s, max records lost uncommitted per kill %d (bound %d), max committed"
                        + " duplicates %d%n",
                CONCURRENCY,
                stream,
                mode,
                report,
                report.maxUncommitted(stream),
                maxCost,
                report.maxCommittedDuplicates(stream));
        assertTrue(report.maxUncommitted(stream) <= maxCost, report.scenarios().toString());
        assertEquals(
                0, report.maxCommittedDuplicates(stream), report.scenarios().toString());
    }

    @Test
    void allStreamsInOneSync() {
        CasesData data = new CasesData(dir).standard();
        JsonNode catalog = ConfiguredCatalogBuilder.from(
                        CONNECTOR.discover(data.config()).catalog())
                .build();
        ConnectorRun run = CONNECTOR.read(concurrent(data.config()), catalog);
        assertWholeAndCounted(run);
        for (JsonNode stream : catalog.path("streams")) {
            String name = stream.path("stream").path("name").asText();
            List<String> expected = run.records(name).isEmpty()
                    ? List.of("STARTED", "COMPLETE")
                    : List.of("STARTED", "RUNNING", "COMPLETE");
            assertEquals(expected, run.streamStatuses(name), name);
        }
        ResumeChecker.of(CONNECTOR, concurrent(data.config()), catalog)
                .parallelism(2)
                .checkpointKills(6)
                .randomKills(3)
                .seed(11)
                .failingConfig(concurrent(data.failing("per_ticker", 7)))
                .allowCommittedDuplicates("null_cursors")
                .check();
    }

    /**
     * The streams whose slices or partitions are read ahead and emitted in order emit, at
     * concurrency 4, exactly the messages of concurrency 1: the records, each STATE with its
     * recordCount, the statuses, a failure's error at the same place.
     */
    @ParameterizedTest
    @CsvSource({"monthly, -1", "sliced_sorted, -1", "sliced_unsorted, -1", "invoices, -1", "monthly, 7", "invoices, 7"})
    void readAheadStreamsEmitWhatConcurrencyOneEmits(String stream, int failAfter) {
        CasesData data = new CasesData(dir).standard();
        JsonNode catalog = ConfiguredCatalogBuilder.from(
                        CONNECTOR.discover(data.config()).catalog())
                .only(stream)
                .build();
        ObjectNode config = failAfter < 0 ? data.config() : data.failing(stream, failAfter);
        ConnectorRun one = CONNECTOR.read(config.deepCopy(), catalog);
        ConnectorRun four = CONNECTOR.read(concurrent(config.deepCopy()), catalog);
        assertWholeAndCounted(four);
        assertEquals(one.exitCode(), four.exitCode(), four.describe());
        assertTrue(!one.records(stream).isEmpty(), one.describe());
        assertEquals(comparable(one, stream), comparable(four, stream));
    }

    /**
     * The messages of {@code stream} (not LOG lines, which tell the concurrency), in their order,
     * without times and stack traces.
     */
    static List<JsonNode> comparable(ConnectorRun run, String stream) {
        List<JsonNode> kept = new java.util.ArrayList<>();
        for (JsonNode message : run.messages()) {
            JsonNode trace = message.path("trace");
            String of = message.path("record")
                    .path("stream")
                    .asText(message.path("state")
                            .path("stream")
                            .path("stream_descriptor")
                            .path("name")
                            .asText(trace.path("stream_status")
                                    .path("stream_descriptor")
                                    .path("name")
                                    .asText(trace.path("error")
                                            .path("stream_descriptor")
                                            .path("name")
                                            .asText())));
            if (!of.equals(stream)) {
                continue;
            }
            JsonNode copy = message.deepCopy();
            if (copy.path("record") instanceof ObjectNode record) {
                record.remove("emitted_at");
            }
            if (copy.path("trace") instanceof ObjectNode traced) {
                traced.remove("emitted_at");
                if (traced.path("error") instanceof ObjectNode error) {
                    error.remove("stack_trace");
                }
            }
            kept.add(copy);
        }
        return kept;
    }

    /** Every line one valid message, and each STATE's recordCount the records of its stream since the previous one. */
    static void assertWholeAndCounted(ConnectorRun run) {
        run.assertValidProtocol();
        Map<String, Integer> since = new HashMap<>();
        for (JsonNode message : run.messages()) {
            String type = message.path("type").asText();
            if (type.equals("RECORD")) {
                since.merge(message.path("record").path("stream").asText(), 1, Integer::sum);
            } else if (type.equals("STATE")) {
                JsonNode state = message.path("state");
                String stream = state.path("stream")
                        .path("stream_descriptor")
                        .path("name")
                        .asText();
                assertEquals(
                        (double) since.getOrDefault(stream, 0),
                        state.path("sourceStats").path("recordCount").asDouble(),
                        stream + ": " + state);
                since.put(stream, 0);
            }
        }
    }
}
