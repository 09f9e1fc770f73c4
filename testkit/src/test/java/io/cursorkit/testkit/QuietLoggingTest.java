package io.cursorkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A connector author's test run shows no SLF4J warnings: the schema validator logs through SLF4J,
 * and without a provider SLF4J prints three "No SLF4J providers were found" lines to stderr. The
 * check runs in a fresh JVM with this module's classpath, since SLF4J warns once per JVM.
 */
class QuietLoggingTest {
    /** Validates one message, which makes the schema validator create its loggers. */
    public static void main(String[] args) {
        List<String> problems = AirbyteProtocol.get()
                .validateMessageLine("{\"type\":\"LOG\",\"log\":{\"level\":\"INFO\",\"message\":\"hi\"}}");
        System.out.print(problems.isEmpty() ? "valid" : problems.toString());
    }

    @Test
    void validatingPrintsNothingOnStderr() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(), "-cp", System.getProperty("java.class.path"), QuietLoggingTest.class.getName())
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, process.waitFor(60, TimeUnit.SECONDS), "the JVM ended");
        assertEquals("valid", new String(out, StandardCharsets.UTF_8), err);
        assertFalse(err.contains("SLF4J"), err);
        assertEquals("", err.strip());
    }
}
