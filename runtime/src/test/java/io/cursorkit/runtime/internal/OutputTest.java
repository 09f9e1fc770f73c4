package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.ProtocolCapture.catalog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets masking, logging through the protocol, and output from other threads. */
class OutputTest {
    static final String SECRET = "hunter2-very-secret";
    static final String CONFIG = "{\"api_key\":\"" + SECRET + "\"}";

    @TempDir
    Path dir;

    ProtocolCapture capture;
    TestStream prices;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
        prices = TestStream.sorted("prices", 1).add(Row.of("A", "2024-01-01"), Row.of("B", "2024-01-02"));
    }

    Result read(String config) {
        return capture.read(new TestConnector(prices), config, catalog("prices:incremental"), null);
    }

    @Test
    void secretInAThrownExceptionIsMasked() {
        prices.onCreate = config -> {
            throw new IllegalStateException(
                    "login failed for " + config.apiKey(), new RuntimeException("key=" + config.apiKey()));
        };
        Result result = read(CONFIG);
        assertEquals(1, result.status());
        assertFalse(result.stdout().contains(SECRET), result.stdout());
        String message = result.errors().get(0).path("message").asText();
        assertTrue(message.contains("login failed for **********"), message);
        assertTrue(result.errors().get(0).path("stack_trace").asText().contains("key=**********"));
    }

    @Test
    void secretOnStderrAndInLogsIsMasked() {
        prices.onCreate = config -> {
            System.err.println("connecting with " + config.apiKey());
            System.out.println("printed " + config.apiKey());
            Logger.getLogger("test.connector")
                    .log(Level.WARNING, "logged " + config.apiKey(), new RuntimeException(config.apiKey()));
        };
        Result result = read(CONFIG);
        assertEquals(0, result.status(), result.stdout());
        assertFalse(result.stdout().contains(SECRET), result.stdout());
        assertFalse(result.stderr().contains(SECRET), result.stderr());
        assertTrue(result.stderr().contains("connecting with **********"), result.stderr());
        assertTrue(result.logs("INFO").contains("printed **********"), result.stdout());
        assertTrue(result.logs("WARN").contains("test.connector: logged **********"), result.stdout());
    }

    @Test
    void secretsAreMaskedEvenWhenTheConfigDoesNotParse() {
        prices.onCreate = config -> {};
        TestConnector connector = new TestConnector(prices) {
            @Override
            public TestConfig parseConfig(
                    com.fasterxml.jackson.databind.JsonNode config, java.util.function.Consumer<String> warnings)
                    throws io.cursorkit.runtime.ConfigException {
                throw new io.cursorkit.runtime.ConfigException(
                        "cannot use " + config.path("api_key").asText());
            }
        };
        Result result = capture.read(connector, CONFIG, catalog("prices:incremental"), null);
        assertEquals(1, result.status());
        assertEquals(
                "cannot use **********", result.errors().get(0).path("message").asText());
    }

    @Test
    void nestedAndNonStringSecretsAreMasked() {
        SecretMasker masker = SecretMasker.of(
                ProtocolCapture.JSON.valueToTree(
                        java.util.Map.of("tunnel", java.util.Map.of("key", "abc-123", "port", 22), "pin", 98765)),
                List.of("tunnel.key", "pin", "missing.path"));
        assertEquals("k=********** p=********** 22", masker.mask("k=abc-123 p=98765 22"));
    }

    @Test
    void linesFromOtherThreadsBecomeWholeLogMessages() {
        int count = 50;
        prices.onCreate = config -> {
            Thread printer = new Thread(() -> {
                for (int i = 0; i < count; i++) {
                    System.out.print("line ");
                    System.out.println(i);
                }
            });
            printer.start();
            try {
                printer.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        Result result = read(CONFIG);
        assertEquals(0, result.status(), result.stderr());
        List<String> lines =
                result.logs("INFO").stream().filter(m -> m.startsWith("line ")).toList();
        assertEquals(count, lines.size());
        assertEquals("line 0", lines.get(0));
        assertEquals("line " + (count - 1), lines.get(count - 1));
    }

    @Test
    void standardStreamsAreRestoredAfterARun() {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        read(CONFIG);
        assertTrue(System.out == out && System.err == err);
    }

    @Test
    void linesPrintedWhileRecordsAreWrittenNeverSplitAMessage() {
        prices = TestStream.sorted("prices", 7);
        for (int i = 0; i < 3000; i++) {
            prices.add(new Row("T" + i, java.time.LocalDate.parse("2020-01-01").plusDays(i), 1.0));
        }
        Thread[] printer = new Thread[1];
        prices.onCreate = config -> {
            printer[0] = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    System.out.println("concurrent line " + i);
                    java.util.logging.Logger.getLogger("bg").info("logged " + i);
                }
            });
            printer[0].start();
        };
        prices.onClose = () -> {
            try {
                printer[0].join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        // ProtocolCapture checks that every stdout line is one whole valid message.
        Result result = read(CONFIG);
        assertEquals(0, result.status(), result.stderr());
        assertEquals(3000, result.records().size());
        assertEquals(
                300,
                result.logs("INFO").stream()
                        .filter(m -> m.startsWith("concurrent line "))
                        .count());
        assertEquals(
                300,
                result.logs("INFO").stream()
                        .filter(m -> m.startsWith("bg: logged "))
                        .count());
    }
}
