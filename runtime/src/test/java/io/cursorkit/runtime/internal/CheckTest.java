package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckTest {
    @TempDir
    Path dir;

    private Result check(String config) {
        Path file = new ProtocolCapture(dir).file("config.json", config);
        return ProtocolCapture.run(new TestConnector(), "check", "--config", file.toString());
    }

    private static JsonNode status(Result result) {
        assertEquals(0, result.status(), "check exits 0 whatever it answers");
        assertEquals(1, result.ofType("CONNECTION_STATUS").size(), result.stdout());
        return result.ofType("CONNECTION_STATUS").get(0).path("connectionStatus");
    }

    @Test
    void succeeds() {
        assertEquals(
                "SUCCEEDED", status(check("{\"api_key\":\"k\"}")).path("status").asText());
    }

    @Test
    void configExceptionMessageIsShownAsIs() {
        JsonNode status = status(check("{}"));
        assertEquals("FAILED", status.path("status").asText());
        assertEquals(
                "Config property 'api_key' is required: a string (the API key).",
                status.path("message").asText());
    }

    @Test
    void otherExceptionsNameTheirClassAndMaskSecrets() {
        Result result = check("{\"api_key\":\"hunter2-secret\",\"fail_check\":true}");
        JsonNode status = status(result);
        assertEquals("FAILED", status.path("status").asText());
        assertEquals(
                "SQLException: login refused for key **********",
                status.path("message").asText());
        assertFalse(result.stdout().contains("hunter2-secret"), result.stdout());
        assertFalse(status.path("message").asText().contains("\tat "), "no stack trace in the message");
    }

    @Test
    void missingConfigOptionFails() {
        JsonNode status = status(ProtocolCapture.run(new TestConnector(), "check"));
        assertEquals("FAILED", status.path("status").asText());
        assertTrue(status.path("message").asText().contains("--config"));
    }

    @Test
    void configThatIsNotJsonFailsWithoutEchoingIt() {
        Result result = check("{\"api_key\": hunter2-secret}");
        JsonNode status = status(result);
        assertEquals("FAILED", status.path("status").asText());
        assertTrue(status.path("message").asText().contains("is not valid JSON at line 1"), status.toString());
        assertFalse(result.stdout().contains("hunter2"), result.stdout());
    }

    @Test
    void unreadableConfigFails() {
        JsonNode status = status(ProtocolCapture.run(
                new TestConnector(),
                "check",
                "--config",
                dir.resolve("missing.json").toString()));
        assertEquals("FAILED", status.path("status").asText());
        assertTrue(status.path("message").asText().contains("does not exist"));
    }

    @Test
    void aBugInParseConfigIsAFailedStatusToo() {
        TestConnector broken = new TestConnector() {
            @Override
            public TestConfig parseConfig(
                    com.fasterxml.jackson.databind.JsonNode config, java.util.function.Consumer<String> warnings) {
                throw new NullPointerException("field x");
            }
        };
        Path file = new ProtocolCapture(dir).file("config.json", "{}");
        JsonNode status = status(ProtocolCapture.run(broken, "check", "--config", file.toString()));
        assertEquals("FAILED", status.path("status").asText());
        assertTrue(status.path("message").asText().contains("NullPointerException: field x"), status.toString());
    }
}
