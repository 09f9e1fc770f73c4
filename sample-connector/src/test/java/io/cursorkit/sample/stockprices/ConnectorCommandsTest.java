package io.cursorkit.sample.stockprices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.sample.stockprices.jdbc.Database;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** spec, the examples as they are, and configs that cannot work. */
class ConnectorCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of(System.getProperty("sample.examplesDir", "examples"));

    @TempDir
    Path directory;

    @Test
    void specDeclaresTheConfigWithTheStartDateRequiredAndThePasswordSecret() {
        JsonNode spec = SyncContract.CONNECTOR
                .spec()
                .assertValidProtocol()
                .assertSucceeded()
                .spec()
                .orElseThrow();
        JsonNode properties = spec.path("connectionSpecification").path("properties");
        assertEquals(
                "[\"start_date\"]",
                spec.path("connectionSpecification").path("required").toString());
        assertEquals("date", properties.path("start_date").path("format").asText());
        assertTrue(properties.path("password").path("airbyte_secret").asBoolean(), properties::toString);
        assertEquals("array", properties.path("tickers").path("type").asText());
        // @Connector(maxConcurrency = 8): the user may read up to 8 tickers or streams at once
        assertEquals(
                "{\"default\":1,\"maximum\":8,\"minimum\":1,\"type\":\"integer\"}",
                ((ObjectNode) properties.path("concurrency").deepCopy())
                        .without("description")
                        .toString());
    }

    /**
     * The example config and catalog work as they are: the config names no database, so the
     * connector creates the demo database in its working directory (here a temporary one).
     */
    @Test
    void theExamplesWorkAsTheyAreOnTheEmbeddedDemoDatabase() throws Exception {
        JsonNode config = JSON.readTree(EXAMPLES.resolve("config.json").toFile());
        JsonNode catalog =
                JSON.readTree(EXAMPLES.resolve("configured_catalog.json").toFile());
        assertFalse(config.has("jdbc_url"), "the example config uses the embedded default");
        ConnectorProcess connector = SyncContract.CONNECTOR.withSystemProperty("user.dir", directory.toString());

        JsonNode discovered = connector.discover(config).assertValidProtocol().catalog();
        Map<String, JsonNode> streams = new HashMap<>();
        discovered
                .path("streams")
                .forEach(stream -> streams.put(stream.path("name").asText(), stream));
        for (JsonNode configured : catalog.path("streams")) {
            String name = configured.path("stream").path("name").asText();
            assertEquals(streams.get(name), configured.path("stream"), "examples/configured_catalog.json: " + name);
        }
        assertEquals(4, catalog.path("streams").size());

        ConnectorRun run = connector.read(config, catalog).assertValidProtocol().assertSucceeded();
        assertTrue(Files.exists(directory.resolve(Database.DEMO_FILE)));
        assertTrue(run.records("stock_prices").size() > 100, run::describe);
        assertTrue(run.records("trades").size() > 1_000, run::describe);
        assertEquals(5, run.records("tickers").size());
        assertTrue(run.records("corporate_actions").size() > 10, run::describe);
        assertTrue(run.logLines().stream().anyMatch(line -> line.contains("Created the demo database")), run::describe);
    }

    @Test
    void anUnsupportedDatabaseIsAConfigErrorThatSaysWhatToWrite() throws Exception {
        ObjectNode config = config("jdbc:mysql://localhost/stocks");
        JsonNode error = readAll(config).assertFailedWith("config_error");
        assertTrue(
                error.path("message").asText().contains("jdbc:sqlite:<file> or jdbc:postgresql://"), error::toString);
    }

    @Test
    void aMissingSqliteFileIsAConfigErrorAndTheSecretAppearsNowhere() throws Exception {
        Path missing = directory.resolve("nope.sqlite");
        ObjectNode config = config("jdbc:sqlite:" + missing);
        config.put("password", "Zebra-Secret-42");

        ConnectorRun read = readAll(config);
        JsonNode error = read.assertFailedWith("config_error");
        assertTrue(error.path("message").asText().contains(missing + ", which does not exist"), error::toString);
        assertFalse(Files.exists(missing), "no empty database is created by mistake");

        ConnectorRun check = SyncContract.CONNECTOR.check(config).assertValidProtocol();
        JsonNode status = check.connectionStatus().orElseThrow();
        assertEquals("FAILED", status.path("status").asText());
        for (ConnectorRun run : new ConnectorRun[] {read, check}) {
            assertFalse(String.join("\n", run.stdoutLines()).contains("Zebra-Secret-42"));
            assertFalse(run.stderr().contains("Zebra-Secret-42"));
        }
    }

    @Test
    void checkFailsOnAStartDateInTheFuture() throws Exception {
        Path file = Files.createFile(directory.resolve("empty.db"));
        ObjectNode config = config("jdbc:sqlite:" + file);
        config.put("start_date", "2999-01-01");
        JsonNode status = SyncContract.CONNECTOR
                .check(config)
                .assertValidProtocol()
                .connectionStatus()
                .orElseThrow();
        assertEquals("FAILED", status.path("status").asText());
        assertTrue(
                status.path("message").asText().contains("start_date 2999-01-01 is in the future"), status::toString);
    }

    private ObjectNode config(String jdbcUrl) {
        ObjectNode config = JSON.createObjectNode();
        config.put("jdbc_url", jdbcUrl);
        config.put("start_date", "2024-01-01");
        return config;
    }

    private ConnectorRun readAll(ObjectNode config) throws Exception {
        JsonNode catalog =
                JSON.readTree(EXAMPLES.resolve("configured_catalog.json").toFile());
        return SyncContract.CONNECTOR.read(config, catalog).assertValidProtocol();
    }
}
