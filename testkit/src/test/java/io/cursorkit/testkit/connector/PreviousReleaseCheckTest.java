package io.cursorkit.testkit.connector;

import static io.cursorkit.testkit.connector.CasesConnectorTest.CONNECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.PreviousReleaseCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PreviousReleaseCheck} on {@code event_log}, whose state is at version 2: the output of a
 * "previous release" that wrote version 1, or a blob from before cursorkit, resumes without loss;
 * an output whose state claims more than it committed is caught.
 */
class PreviousReleaseCheckTest {
    @TempDir
    Path dir;

    private CasesData data;

    @BeforeEach
    void data() {
        data = new CasesData(dir);
        List<String> log = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            log.add("e" + i + ",acct" + (i % 2) + ",payload " + i);
        }
        data.write("event_log", log);
    }

    @Test
    void aVersion1StateOfAnInterruptedSyncResumesWithoutLoss() throws IOException {
        List<String> previous = new ArrayList<>(records(1, 5));
        previous.add(streamState("{\"sync_token\": \"line:5\", \"cursorkit\": {\"version\": 1}}"));
        previous.addAll(records(6, 7)); // killed before the next state: not committed
        PreviousReleaseCheck.Result result =
                check().previousOutput(file(previous)).check();
        assertEquals(7, result.resumed().records("event_log").size());
        assertEquals(0, result.redelivered().getOrDefault("event_log", 0));
        assertEquals(
                2,
                result.resumed()
                        .lastStreamState("event_log")
                        .orElseThrow()
                        .path("cursorkit")
                        .path("version")
                        .asInt());
    }

    @Test
    void aLegacyStateFromBeforeCursorkitResumesAndItsCoarserPositionIsCounted() {
        List<String> previous = new ArrayList<>(records(1, 10));
        previous.add(
                "{\"type\": \"STATE\", \"state\": {\"type\": \"LEGACY\", \"data\": {\"event_log\": {\"lines_read\": 8}}}}");
        PreviousReleaseCheck.Result result = check().previousOutput(previous).check();
        assertEquals(2, result.redelivered().get("event_log"), "e9 and e10 come again");
    }

    @Test
    void aStateThatClaimsMoreThanWasCommittedIsALoss() {
        List<String> previous = new ArrayList<>(records(1, 3));
        previous.add(streamState("{\"sync_token\": \"line:5\", \"cursorkit\": {\"version\": 1}}"));
        AssertionError error = assertThrows(
                AssertionError.class, () -> check().previousOutput(previous).check());
        assertTrue(error.getMessage().contains("stream 'event_log' LOST 2 of the 12 records"), error.getMessage());
        assertTrue(error.getMessage().contains("line:5"), error.getMessage());
    }

    @Test
    void aStateTheReleaseCannotReadFailsTheCheck() {
        List<String> previous = new ArrayList<>(records(1, 2));
        previous.add(streamState("{\"sync_token\": \"line:2\", \"cursorkit\": {\"version\": 7}}"));
        AssertionError error = assertThrows(
                AssertionError.class, () -> check().previousOutput(previous).check());
        assertTrue(error.getMessage().contains("does not resume"), error.getMessage());
        assertTrue(error.getMessage().contains("config_error"), error.getMessage());
    }

    private PreviousReleaseCheck check() {
        JsonNode catalog = ConfiguredCatalogBuilder.from(
                        CONNECTOR.discover(data.config()).catalog())
                .only("event_log")
                .build();
        return PreviousReleaseCheck.of(CONNECTOR, data.config(), catalog);
    }

    private Path file(List<String> lines) throws IOException {
        Path file = dir.resolve("previous-release.jsonl");
        Files.write(file, lines);
        return file;
    }

    private static List<String> records(int from, int to) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            lines.add("{\"type\": \"RECORD\", \"record\": {\"stream\": \"event_log\", \"data\": {\"id\": \"e" + i
                    + "\", \"account\": \"acct" + (i % 2) + "\", \"payload\": \"payload " + i
                    + "\"}, \"emitted_at\": 1}}");
        }
        return lines;
    }

    private static String streamState(String streamState) {
        return "{\"type\": \"STATE\", \"state\": {\"type\": \"STREAM\", \"stream\": {\"stream_descriptor\": {\"name\":"
                + " \"event_log\"}, \"stream_state\": " + streamState + "}}}";
    }
}
