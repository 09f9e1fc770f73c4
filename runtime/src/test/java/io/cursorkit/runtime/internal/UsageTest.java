package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad command lines, configs, catalogs and states: a config_error, and nothing read. */
class UsageTest {
    @TempDir
    Path dir;

    ProtocolCapture capture;
    TestStream prices;
    TestConnector connector;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
        prices = TestStream.sorted("prices", 1).add(Row.of("A", "2024-01-01"));
        connector = new TestConnector(prices, new TestStream("plain", false, java.util.List.of(), 0, false));
    }

    /** Asserts a single config_error and no record nor stream start; returns its message. */
    private String configError(Result result) {
        assertEquals(1, result.status(), result.stdout());
        assertEquals(0, result.records().size());
        assertEquals(0, prices.opened.get());
        assertTrue(result.statuses("prices").isEmpty());
        assertEquals(1, result.errors().size(), result.stdout());
        JsonNode error = result.errors().get(0);
        assertEquals("config_error", error.path("failure_type").asText());
        return error.path("message").asText();
    }

    @Test
    void noCommand() {
        assertTrue(configError(ProtocolCapture.run(connector)).contains("No command given"));
    }

    @Test
    void unknownCommand() {
        String message = configError(ProtocolCapture.run(connector, "sync"));
        assertTrue(message.contains("Unknown command 'sync'") && message.contains("Usage:"), message);
    }

    @Test
    void unknownOption() {
        String message = configError(ProtocolCapture.run(connector, "read", "--conf", "x"));
        assertTrue(message.contains("Unknown option '--conf'"), message);
    }

    @Test
    void readWithoutCatalog() {
        Path config = capture.file("config.json", "{\"api_key\":\"k\"}");
        String message = configError(ProtocolCapture.run(connector, "read", "--config", config.toString()));
        assertTrue(message.contains("--catalog"), message);
    }

    @Test
    void readWithMissingStateFile() {
        Path config = capture.file("config.json", "{\"api_key\":\"k\"}");
        Path catalog = capture.file("catalog.json", catalog("prices:incremental"));
        String message = configError(ProtocolCapture.run(
                connector,
                "read",
                "--config",
                config.toString(),
                "--catalog",
                catalog.toString(),
                "--state",
                dir.resolve("nope.json").toString()));
        assertTrue(message.contains("state file") && message.contains("does not exist"), message);
    }

    @Test
    void invalidConfig() {
        String message = configError(capture.read(connector, "{\"api_key\":3}", catalog("prices:incremental"), null));
        assertTrue(message.contains("api_key"), message);
    }

    @Test
    void configNotAnObject() {
        String message = configError(capture.read(connector, "[1]", catalog("prices:incremental"), null));
        assertTrue(message.contains("must hold a JSON object"), message);
    }

    @Test
    void catalogNotJson() {
        String message = configError(capture.read(connector, "{\"api_key\":\"k\"}", "{streams:", null));
        assertTrue(message.contains("catalog file") && message.contains("not valid JSON"), message);
    }

    @Test
    void catalogWithoutStreams() {
        String message = configError(capture.read(connector, "{\"api_key\":\"k\"}", "{}", null));
        assertTrue(message.contains("\"streams\" array"), message);
    }

    @Test
    void unknownStream() {
        String message = configError(capture.read(
                connector, "{\"api_key\":\"k\"}", catalog("prices:incremental", "bogus:incremental"), null));
        assertTrue(message.contains("no stream 'bogus'") && message.contains("'prices'"), message);
    }

    @Test
    void invalidSyncMode() {
        String message = configError(capture.read(connector, "{\"api_key\":\"k\"}", catalog("prices:sometimes"), null));
        assertTrue(message.contains("'prices'") && message.contains("\"sometimes\""), message);
    }

    @Test
    void missingSyncMode() {
        String message = configError(capture.read(
                connector, "{\"api_key\":\"k\"}", "{\"streams\":[{\"stream\":{\"name\":\"prices\"}}]}", null));
        assertTrue(message.contains("'prices'") && message.contains("\"sync_mode\" is missing"), message);
    }

    @Test
    void missingStreamName() {
        String message = configError(capture.read(
                connector, "{\"api_key\":\"k\"}", "{\"streams\":[{\"sync_mode\":\"incremental\"}]}", null));
        assertTrue(message.contains("streams[0]") && message.contains("\"name\""), message);
    }

    @Test
    void incrementalWithoutCursor() {
        String message = configError(capture.read(
                connector, "{\"api_key\":\"k\"}", catalog("prices:incremental", "plain:incremental"), null));
        assertTrue(message.contains("'plain'") && message.contains("@CursorField"), message);
    }

    @Test
    void duplicateStream() {
        String message = configError(capture.read(
                connector, "{\"api_key\":\"k\"}", catalog("prices:incremental", "prices:full_refresh"), null));
        assertTrue(message.contains("configured twice"), message);
    }

    @Test
    void stateNotJson() {
        String message =
                configError(capture.read(connector, "{\"api_key\":\"k\"}", catalog("prices:incremental"), "[{"));
        assertTrue(message.contains("state file") && message.contains("not valid JSON"), message);
    }

    @Test
    void cursorOfTheWrongType() {
        String message = configError(capture.read(
                connector, "{\"api_key\":\"k\"}", catalog("prices:incremental"), "{\"prices\":{\"date\":20240101}}"));
        assertTrue(
                message.contains("'prices'") && message.contains("20240101") && message.contains("yyyy-MM-dd"),
                message);
    }

    @Test
    void cursorOfTheWrongFormat() {
        String message = configError(capture.read(
                connector, "{\"api_key\":\"k\"}", catalog("prices:incremental"), "{\"prices\":\"01/02/2024\"}"));
        assertTrue(message.contains("'prices'") && message.contains("\"01/02/2024\""), message);
    }

    @Test
    void invalidStateOfALaterStreamStopsTheWholeSync() {
        TestStream other = TestStream.sorted("other", 1).add(Row.of("B", "2024-01-01"));
        connector = new TestConnector(prices, other);
        String message = configError(capture.read(
                connector,
                "{\"api_key\":\"k\"}",
                catalog("prices:incremental", "other:incremental"),
                "{\"other\":{\"date\":\"yesterday\"}}"));
        assertTrue(message.contains("'other'"), message);
        assertEquals(0, other.opened.get());
    }

    @Test
    void stateMessageOfUnknownType() {
        String message = configError(capture.read(
                connector, "{\"api_key\":\"k\"}", catalog("prices:incremental"), "[{\"type\":\"SHARED\"}]"));
        assertTrue(message.contains("STREAM, GLOBAL or LEGACY"), message);
    }
}
