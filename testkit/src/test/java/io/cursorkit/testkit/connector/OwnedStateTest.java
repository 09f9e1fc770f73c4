package io.cursorkit.testkit.connector;

import static io.cursorkit.testkit.connector.CasesConnectorTest.CONNECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Streams that own their state ({@code @StreamState}): kill -9 at every checkpoint and at random
 * lines, failures injected, with {@code @CheckpointInterval} ({@code event_log}) and with {@code
 * @Slices} ({@code account_events}); the version every STATE carries; the input state checked
 * against its type; migrations from older versions, a legacy blob and a bare token.
 */
class OwnedStateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CasesData data;

    @BeforeEach
    void data() {
        data = new CasesData(dir);
        List<String> log = new ArrayList<>();
        List<String> perAccount = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            String account = "acct" + (i % 3);
            log.add("e" + i + "," + account + ",payload " + i);
            perAccount.add(account + "-" + i + "," + account + ",p" + i);
        }
        data.write("event_log", log);
        data.write("account_events", perAccount);
    }

    /** A kill costs at most one interval; nothing is lost or committed twice; the final state is the reference's. */
    @ParameterizedTest
    @CsvSource({"event_log, 4", "account_events, 3"})
    void killAndResumeLosesNothingAndDuplicatesNothing(String stream, int interval) {
        ResumeReport report = ResumeChecker.of(CONNECTOR, data.config(), catalog(stream))
                .parallelism(2)
                .checkpointKills(6)
                .randomKills(2)
                .killsPerScenario(2)
                .seed(stream.hashCode())
                .failingConfig(data.failing(stream, 7))
                .check();
        System.out.printf("%s: %s, max uncommitted per kill %d%n", stream, report, report.maxUncommitted(stream));
        assertTrue(report.maxUncommitted(stream) <= interval, report.scenarios().toString());
        assertEquals(
                0, report.maxCommittedDuplicates(stream), report.scenarios().toString());
        assertTrue(report.scenarios().size() >= 6);
    }

    @Test
    void everyStateCarriesTheVersionAndTheTokenOfTheEventsBeforeIt() {
        ConnectorRun run = read("event_log", null).assertValidProtocol().assertSucceeded();
        List<JsonNode> states = run.states("event_log");
        assertEquals(6, states.size(), "every 4 of 23 events, and the end");
        int before = 0;
        for (JsonNode state : states) {
            JsonNode blob = state.path("stream").path("stream_state");
            before += state.path("sourceStats").path("recordCount").asInt();
            assertEquals(2, blob.path("cursorkit").path("version").asInt(), blob.toString());
            assertEquals(
                    "line:" + before,
                    blob.path("sync_token").asText(),
                    "the token covers exactly the events before it");
        }
        assertEquals(
                "{\"acct0\":7,\"acct1\":8,\"acct2\":8}",
                run.lastStreamState("event_log")
                        .orElseThrow()
                        .path("events_per_account")
                        .toString());
    }

    @Test
    void aStreamWithoutAVersionEmitsItsStateWithoutOne() {
        ConnectorRun run = read("account_events", null).assertValidProtocol().assertSucceeded();
        JsonNode last = run.lastStreamState("account_events").orElseThrow();
        assertEquals("{\"positions\":{\"acct0\":7,\"acct1\":8,\"acct2\":8}}", last.toString());
        // after each slice but the last: the completed slice beside the positions so far
        assertTrue(run.states("account_events").stream()
                .map(s -> s.path("stream").path("stream_state"))
                .anyMatch(s ->
                        s.path("cursorkit").path("completed_slice").asText().equals("acct0")
                                && s.path("positions").size() == 1));
    }

    @Test
    void theNextSyncReadsOnlyWhatCameAfterTheState() {
        ConnectorRun first = read("event_log", null).assertSucceeded();
        data.append("event_log", List.of("e24,acct0,late", "e25,acct1,later"));
        ConnectorRun second =
                read("event_log", first.lastState()).assertValidProtocol().assertSucceeded();
        assertEquals(List.of("e24", "e25"), ids(second));
        assertEquals(
                "line:25",
                second.lastStreamState("event_log")
                        .orElseThrow()
                        .path("sync_token")
                        .asText());
    }

    @Test
    void aVersion1StateIsMigrated() {
        ConnectorRun run = read("event_log", state("{\"sync_token\": \"line:20\", \"cursorkit\": {\"version\": 1}}"))
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(List.of("e21", "e22", "e23"), ids(run));
        JsonNode last = run.lastStreamState("event_log").orElseThrow();
        assertEquals(2, last.path("cursorkit").path("version").asInt());
        assertTrue(run.logLines().stream().anyMatch(l -> l.contains("(version 1, migrated to 2)")), run.describe());
    }

    @Test
    void theBlobOfTheReleaseBeforeCursorkitIsMigrated() throws IOException {
        JsonNode legacy = JSON.readTree("{\"event_log\": {\"lines_read\": 21}}");
        assertEquals(
                List.of("e22", "e23"),
                ids(read("event_log", legacy).assertValidProtocol().assertSucceeded()));
    }

    @Test
    void aBareTokenIsMigrated() throws IOException {
        JsonNode bare = JSON.readTree("{\"event_log\": \"line:22\"}");
        assertEquals(
                List.of("e23"),
                ids(read("event_log", bare).assertValidProtocol().assertSucceeded()));
    }

    @Test
    void aStateOfANewerVersionIsRefusedNotDropped() {
        ConnectorRun run = read("event_log", state("{\"sync_token\": \"line:20\", \"cursorkit\": {\"version\": 3}}"));
        String message = run.assertValidProtocol()
                .assertFailedWith("config_error")
                .path("message")
                .asText();
        assertTrue(message.contains("has version 3") && message.contains("versions up to 2"), message);
        assertTrue(run.records().isEmpty());
    }

    @Test
    void aPropertyOfTheWrongTypeIsAConfigErrorNamingItAndTheType() {
        ConnectorRun run = read(
                "event_log",
                state("{\"sync_token\": \"line:2\", \"events_per_account\": {\"acct0\": \"many\"},"
                        + " \"cursorkit\": {\"version\": 2}}"));
        String message = run.assertValidProtocol()
                .assertFailedWith("config_error")
                .path("message")
                .asText();
        assertTrue(message.contains("'event_log'"), message);
        assertTrue(message.contains("property 'events_per_account.acct0' is invalid"), message);
        assertTrue(message.contains("expected an integer that fits in 64 bits"), message);
        assertTrue(run.records().isEmpty());
        ConnectorRun missing =
                read("event_log", state("{\"cursorkit\": {\"version\": 2}, \"events_per_account\": {}}"));
        String text = missing.assertFailedWith("config_error").path("message").asText();
        assertTrue(text.contains("property 'sync_token' is missing: expected a string"), text);
    }

    @Test
    void aMigrationThatRefusesTheStateIsAConfigError() {
        ConnectorRun run = read("event_log", state("{\"lines\": 3}"));
        String message = run.assertValidProtocol()
                .assertFailedWith("config_error")
                .path("message")
                .asText();
        assertTrue(message.contains("could not be migrated to version 2"), message);
        assertTrue(message.contains("lines_read"), message);
    }

    @Test
    void fullRefreshIgnoresTheStateAndEmitsAnEmptyOne() {
        JsonNode catalog = ConfiguredCatalogBuilder.from(
                        CONNECTOR.discover(data.config()).catalog())
                .only("event_log")
                .allFullRefresh()
                .build();
        ConnectorRun run = CONNECTOR
                .read(data.config(), catalog, state("{\"sync_token\": \"line:20\"}"))
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(23, run.records("event_log").size());
        assertEquals("{}", run.lastStreamState("event_log").orElseThrow().toString());
    }

    @Test
    void discoverOffersIncrementalWithASourceDefinedCursorAndNoCursorField() {
        JsonNode stream = null;
        for (JsonNode each : CONNECTOR.discover(data.config()).catalog().path("streams")) {
            if (each.path("name").asText().equals("event_log")) {
                stream = each;
            }
        }
        assertEquals(
                "[\"full_refresh\",\"incremental\"]",
                stream.path("supported_sync_modes").toString());
        assertTrue(stream.path("source_defined_cursor").asBoolean());
        assertFalse(stream.has("default_cursor_field"));
    }

    private ConnectorRun read(String stream, JsonNode state) {
        return CONNECTOR.read(data.config(), catalog(stream), state);
    }

    private JsonNode catalog(String stream) {
        return ConfiguredCatalogBuilder.from(CONNECTOR.discover(data.config()).catalog())
                .only(stream)
                .build();
    }

    private static JsonNode state(String streamState) {
        try {
            return JSON.readTree(
                    "[{\"type\": \"STREAM\", \"stream\": {\"stream_descriptor\": {\"name\": \"event_log\"},"
                            + " \"stream_state\": " + streamState + "}}]");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> ids(ConnectorRun run) {
        return run.records("event_log").stream().map(r -> r.path("id").asText()).toList();
    }
}
