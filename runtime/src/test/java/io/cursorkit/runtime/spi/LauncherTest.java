package io.cursorkit.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.internal.ProtocolCapture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LauncherTest {
    private static final String SPEC = "{\"connectionSpecification\":{\"type\":\"object\"}}";
    private static final String CATALOG =
            "{\"streams\":[{\"name\":\"s\",\"json_schema\":{}," + "\"supported_sync_modes\":[\"full_refresh\"]}]}";

    @TempDir
    Path dir;

    private static List<JsonNode> run(int expectedStatus, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(expectedStatus, Launcher.runStatic(args, SPEC, CATALOG, out));
        return ProtocolCapture.validate(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void specPrintsTheSpecMessage() {
        List<JsonNode> messages = run(0, "spec");
        assertEquals(1, messages.size());
        assertEquals("SPEC", messages.get(0).path("type").asText());
        assertEquals(
                "object",
                messages.get(0)
                        .path("spec")
                        .path("connectionSpecification")
                        .path("type")
                        .asText());
    }

    @Test
    void discoverPrintsTheCatalogWhenTheConfigFileIsReadable() throws IOException {
        Path config = Files.writeString(dir.resolve("config.json"), "{}");
        List<JsonNode> messages = run(0, "discover", "--config", config.toString());
        assertEquals("CATALOG", messages.get(0).path("type").asText());
        assertEquals(
                "s",
                messages.get(0)
                        .path("catalog")
                        .path("streams")
                        .get(0)
                        .path("name")
                        .asText());
    }

    @Test
    void discoverWithoutConfigIsAConfigError() {
        JsonNode error = run(1, "discover").get(0).path("trace").path("error");
        assertEquals("config_error", error.path("failure_type").asText());
        assertTrue(error.path("message").asText().contains("--config"), error.toString());
    }

    @Test
    void discoverWithAMissingFileNamesIt() {
        String missing = dir.resolve("nope \"x\".json").toString();
        JsonNode error =
                run(1, "discover", "--config", missing).get(0).path("trace").path("error");
        assertEquals("config_error", error.path("failure_type").asText());
        assertTrue(error.path("message").asText().contains(missing), error.toString());
        assertTrue(error.path("message").asText().contains("does not exist"), error.toString());
    }

    @Test
    void otherCommandsAreLeftToTheRunner() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(-1, Launcher.runStatic(new String[] {"check", "--config", "x"}, SPEC, CATALOG, out));
        assertEquals(-1, Launcher.runStatic(new String[] {"read"}, SPEC, CATALOG, out));
        assertEquals(-1, Launcher.runStatic(new String[] {"bogus"}, SPEC, CATALOG, out));
        assertEquals(-1, Launcher.runStatic(new String[] {}, SPEC, CATALOG, out));
        assertEquals(0, out.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpPrintsTheUsageAndSucceeds(String flag) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Launcher.runStatic(new String[] {flag}, SPEC, CATALOG, out));
        String text = out.toString(StandardCharsets.UTF_8);
        for (String command : new String[] {"spec", "check", "discover", "read", "--config", "--catalog", "--state"}) {
            assertTrue(text.contains(command), "the help names " + command + ":\n" + text);
        }
        assertFalse(text.contains("TRACE"), "help is text for a person, not an error: " + text);
    }

    @Test
    void quoteEscapesControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", Launcher.quote("a\"b\\c\nd\u0001"));
    }
}
