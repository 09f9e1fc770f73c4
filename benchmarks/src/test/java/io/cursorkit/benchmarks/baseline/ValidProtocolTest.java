package io.cursorkit.benchmarks.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cursorkit.benchmarks.Setup;
import io.cursorkit.testkit.AirbyteProtocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every benchmarked program writes valid Airbyte protocol (each line an AirbyteMessage of the
 * project's protocol schema), and the configured catalogs the benchmark feeds the connector are valid.
 */
class ValidProtocolTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long COUNT = 1_005;

    @Test
    void handWrittenWritesValidMessages() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HandWritten.run(COUNT, out);
        assertValidLines(out);
    }

    @Test
    void objectMapperBaselineWritesValidMessages() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObjectMapperPerMessage.run(COUNT, out);
        assertValidLines(out);
    }

    @Test
    void jsonTreeBaselineWritesValidMessages() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonNodeTree.run(COUNT, new PrintStream(out, false, StandardCharsets.UTF_8));
        assertValidLines(out);
    }

    @Test
    void setupWritesValidConfiguredCatalogs(@TempDir Path directory) throws IOException {
        Setup.main(new String[] {directory.toString(), "10"});
        for (String stream : List.of("stock_prices", "stock_quotes")) {
            JsonNode catalog = MAPPER.readTree(
                    directory.resolve("catalog-" + stream + ".json").toFile());
            assertEquals(List.of(), AirbyteProtocol.get().validateConfiguredCatalog(catalog), stream);
            assertEquals(
                    "incremental",
                    catalog.path("streams").get(0).path("sync_mode").asText(),
                    stream);
        }
        assertEquals(
                10,
                MAPPER.readTree(directory.resolve("config.json").toFile())
                        .path("records")
                        .asLong());
    }

    private static void assertValidLines(ByteArrayOutputStream out) {
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2 + COUNT + 2 + 1, lines.length, "STARTED, RUNNING, records, 2 states, COMPLETE");
        for (int i = 0; i < lines.length; i++) {
            assertEquals(List.of(), AirbyteProtocol.get().validateMessageLine(lines[i]), "line " + (i + 1));
        }
    }
}
