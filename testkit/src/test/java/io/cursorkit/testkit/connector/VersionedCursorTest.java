package io.cursorkit.testkit.connector;

import static io.cursorkit.testkit.connector.CasesConnectorTest.CONNECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.PreviousReleaseCheck;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code @CursorField} stream whose cursor changed format ({@code ticks}, {@link Ticks}: epoch
 * milliseconds at version 1, an instant at version 2): every STATE carries version 2; a version 1
 * state of an interrupted sync, the blob from before cursorkit and a bare number resume without
 * loss; kill -9 at every checkpoint loses and duplicates nothing; a newer version and a version 1
 * cursor of the wrong type are config errors.
 */
class VersionedCursorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tick i is at T0 + ((i - 1) / 2) minutes: two ticks share each time. */
    private static final long T0 = 1704189600000L;

    private static final int TICKS = 20;

    @TempDir
    java.nio.file.Path dir;

    private CasesData data;

    @BeforeEach
    void data() {
        data = new CasesData(dir);
        List<String> ticks = new ArrayList<>();
        for (int i = TICKS; i >= 1; i--) { // the file is not in order: read sorts
            ticks.add(i + "," + millis(i) + "," + (100 + i));
        }
        data.write("ticks", ticks);
    }

    @Test
    void everyStateCarriesVersion2AndTheCursorAsAnInstant() {
        ConnectorRun run = read(null).assertValidProtocol().assertSucceeded();
        assertEquals(TICKS, run.records("ticks").size());
        for (JsonNode state : run.states("ticks")) {
            JsonNode blob = state.path("stream").path("stream_state");
            assertEquals(2, blob.path("cursorkit").path("version").asInt(), blob.toString());
            assertTrue(blob.path("at").isTextual(), blob.toString());
        }
        assertEquals(
                Instant.ofEpochMilli(millis(TICKS)).toString(),
                run.lastStreamState("ticks").orElseThrow().path("at").asText());
    }

    @Test
    void killAndResumeLosesNothingAndDuplicatesNothing() {
        ResumeReport report = ResumeChecker.of(CONNECTOR, data.config(), catalog())
                .parallelism(2)
                .checkpointKills(4)
                .randomKills(2)
                .killsPerScenario(2)
                .seed(20)
                .failingConfig(data.failing("ticks", 7))
                .check();
        System.out.printf("ticks: %s, max uncommitted per kill %d%n", report, report.maxUncommitted("ticks"));
        assertTrue(report.maxUncommitted("ticks") <= 3, report.scenarios().toString());
        assertEquals(
                0, report.maxCommittedDuplicates("ticks"), report.scenarios().toString());
    }

    @Test
    void aVersion1StateOfAnInterruptedSyncResumesWithoutLossOrDuplicate() {
        List<String> previous = new ArrayList<>(records(1, 6));
        // release 1's state after tick 6: epoch millis, and ticks 5 and 6 committed at that cursor
        previous.add(streamState(
                "{\"at\": " + millis(6) + ", \"cursorkit\": {\"version\": 1, \"keys_at_cursor\":" + " [[5], [6]]}}"));
        previous.addAll(records(7, 8)); // killed before the next state: not committed
        PreviousReleaseCheck.Result result = check().previousOutput(previous).check();
        assertEquals(TICKS - 6, result.resumed().records("ticks").size(), "ticks 7 to 20");
        assertEquals(0, result.redelivered().getOrDefault("ticks", 0), "the keys at the cursor survive the migration");
        JsonNode last = result.resumed().lastStreamState("ticks").orElseThrow();
        assertEquals(2, last.path("cursorkit").path("version").asInt());
        assertEquals(
                Instant.ofEpochMilli(millis(TICKS)).toString(), last.path("at").asText());
    }

    @Test
    void theBlobFromBeforeCursorkitResumesAndItsCoarserPositionIsCounted() {
        List<String> previous = new ArrayList<>(records(1, 10));
        previous.add("{\"type\": \"STATE\", \"state\": {\"type\": \"LEGACY\", \"data\": {\"ticks\": {\"last_tick_ms\": "
                + millis(10) + "}}}}");
        PreviousReleaseCheck.Result result = check().previousOutput(previous).check();
        assertEquals(2, result.redelivered().get("ticks"), "ticks 9 and 10 (same time) come again");
    }

    @Test
    void aBareNumberIsTheLegacyCursor() throws IOException {
        ConnectorRun run = read(JSON.readTree("{\"ticks\": " + millis(19) + "}"))
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(List.of(19L, 20L), ids(run));
    }

    @Test
    void aStateOfANewerVersionIsRefusedNotDropped() {
        String message = configError("{\"at\": \"2030-01-01T00:00:00Z\", \"cursorkit\": {\"version\": 3}}");
        assertTrue(message.contains("'ticks' has version 3") && message.contains("versions up to 2"), message);
    }

    @Test
    void aVersion1CursorOfTheWrongTypeIsAConfigErrorNamingTheForm() {
        String message = configError("{\"at\": \"2024-01-02T10:00:00Z\", \"cursorkit\": {\"version\": 1}}");
        assertTrue(
                message.contains("State of stream 'ticks' (version 1): the migration from version 1 reads the cursor"
                        + " as an integer that fits in 64 bits, found the string \"2024-01-02T10:00:00Z\""),
                message);
    }

    /** The config_error message of a sync from {@code streamState}, which emits no record. */
    private String configError(String streamState) {
        ConnectorRun run = read(state(streamState));
        String message = run.assertValidProtocol()
                .assertFailedWith("config_error")
                .path("message")
                .asText();
        assertTrue(run.records().isEmpty(), message);
        return message;
    }

    private static long millis(int tick) {
        return T0 + ((tick - 1) / 2) * 60_000L;
    }

    private ConnectorRun read(JsonNode state) {
        return CONNECTOR.read(data.config(), catalog(), state);
    }

    private JsonNode catalog() {
        return ConfiguredCatalogBuilder.from(CONNECTOR.discover(data.config()).catalog())
                .only("ticks")
                .build();
    }

    private PreviousReleaseCheck check() {
        return PreviousReleaseCheck.of(CONNECTOR, data.config(), catalog());
    }

    /** Records as release 1 printed them: the time in epoch milliseconds. */
    private static List<String> records(int from, int to) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            lines.add("{\"type\": \"RECORD\", \"record\": {\"stream\": \"ticks\", \"data\": {\"id\": " + i
                    + ", \"at\": " + millis(i) + ", \"price\": " + (100 + i) + ".0}, \"emitted_at\": 1}}");
        }
        return lines;
    }

    /** One STREAM state of {@code ticks}. */
    private static String streamStateMessage(String streamState) {
        return "{\"type\": \"STREAM\", \"stream\": {\"stream_descriptor\": {\"name\": \"ticks\"}, \"stream_state\": "
                + streamState + "}}";
    }

    /** The STATE line a release printed. */
    private static String streamState(String streamState) {
        return "{\"type\": \"STATE\", \"state\": " + streamStateMessage(streamState) + "}";
    }

    /** A {@code --state} file holding {@code streamState} for {@code ticks}. */
    private static JsonNode state(String streamState) {
        try {
            return JSON.readTree("[" + streamStateMessage(streamState) + "]");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Long> ids(ConnectorRun run) {
        return run.records("ticks").stream().map(r -> r.path("id").asLong()).toList();
    }
}
