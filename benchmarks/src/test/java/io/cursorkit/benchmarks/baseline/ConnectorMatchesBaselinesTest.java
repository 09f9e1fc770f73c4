package io.cursorkit.benchmarks.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cursorkit.benchmarks.Setup;
import io.cursorkit.benchmarks.connector.SourceSyntheticStocksMain;
import io.cursorkit.testkit.AirbyteProtocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic cursorkit connector, run as a process like the benchmark runs it, writes the same
 * messages as the hand-written baseline (LOG messages aside), all valid protocol: the
 * whole-process comparison measures the same work.
 */
class ConnectorMatchesBaselinesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long COUNT = 2_345;

    @TempDir
    static Path directory;

    @BeforeAll
    static void writeInputs() throws IOException {
        Setup.main(new String[] {directory.toString(), Long.toString(COUNT)});
    }

    @Test
    void sortedStreamWritesWhatTheHandWrittenProgramWrites() throws Exception {
        List<JsonNode> connector = read("stock_prices");
        assertSameMessages(
                BaselinesTest.withoutTimes(BaselinesTest.handWritten(COUNT)), BaselinesTest.withoutTimes(connector));
    }

    @Test
    void uncheckedStreamWritesTheSameRecordsAndOneStateAtTheEnd() throws Exception {
        List<JsonNode> connector = BaselinesTest.withoutTimes(read("stock_quotes"));
        List<JsonNode> expected = new ArrayList<>();
        for (JsonNode message : BaselinesTest.withoutTimes(BaselinesTest.handWritten(COUNT))) {
            if (!message.path("type").asText().equals("STATE")) {
                expected.add(message);
            }
        }
        JsonNode finalState = connector.get(connector.size() - 2);
        assertEquals(
                COUNT,
                finalState.path("state").path("sourceStats").path("recordCount").longValue());
        assertEquals(
                "2000-08-22",
                finalState
                        .path("state")
                        .path("stream")
                        .path("stream_state")
                        .path("date")
                        .asText());

        List<JsonNode> withoutStates = new ArrayList<>();
        for (JsonNode message : connector) {
            if (!message.path("type").asText().equals("STATE")) {
                withoutStates.add(renamed(message));
            }
        }
        assertSameMessages(expected, withoutStates);
    }

    /** Equal lists, reported by the first message that differs rather than as two huge lists. */
    private static void assertSameMessages(List<JsonNode> expected, List<JsonNode> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "message " + i);
        }
        assertEquals(expected.size(), actual.size(), "number of messages");
    }

    private static List<JsonNode> read(String stream) throws Exception {
        Path stdout = directory.resolve(stream + ".out");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SourceSyntheticStocksMain.class.getName(),
                        "read",
                        "--config",
                        directory.resolve("config.json").toString(),
                        "--catalog",
                        directory.resolve("catalog-" + stream + ".json").toString())
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the connector did not finish reading " + COUNT + " records in 60 s");
        }
        assertEquals(0, process.exitValue(), "exit status of read");
        List<JsonNode> messages = new ArrayList<>();
        for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
            assertEquals(List.of(), AirbyteProtocol.get().validateMessageLine(line), line);
            JsonNode message = MAPPER.readTree(line);
            // LOG messages are diagnostics, free to change; the baselines write none
            if (!message.path("type").asText().equals("LOG")) {
                messages.add(message);
            }
        }
        return messages;
    }

    /** The message as if it came from {@code stock_prices}, to compare with the baseline's. */
    private static JsonNode renamed(JsonNode message) throws IOException {
        return MAPPER.readTree(message.toString().replace("\"stock_quotes\"", "\"stock_prices\""));
    }
}
