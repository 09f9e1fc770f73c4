package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real process path: stdout and stderr file descriptors, exit status, a thread printing at exit. */
class ProcessTest {
    @TempDir
    Path dir;

    record Outcome(int status, List<JsonNode> messages, String stderr) {}

    Outcome run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(TestMain.class.getName());
        command.addAll(List.of(args));
        File out = dir.resolve("stdout").toFile();
        File err = dir.resolve("stderr").toFile();
        Process process = new ProcessBuilder(command)
                .redirectOutput(out)
                .redirectError(err)
                .start();
        int status = process.waitFor();
        String stdout = Files.readString(out.toPath(), StandardCharsets.UTF_8);
        return new Outcome(status, ProtocolCapture.validate(stdout), Files.readString(err.toPath()));
    }

    @Test
    void readInAProcess() throws Exception {
        Path config = Files.writeString(dir.resolve("config.json"), "{\"api_key\":\"p4ss-w0rd-123\"}");
        Path catalog = Files.writeString(dir.resolve("catalog.json"), ProtocolCapture.catalog("prices:incremental"));
        Outcome outcome = run("read", "--config", config.toString(), "--catalog", catalog.toString());
        assertEquals(0, outcome.status(), outcome.stderr());
        long records = outcome.messages().stream()
                .filter(m -> m.path("type").asText().equals("RECORD"))
                .count();
        assertEquals(3, records);
        assertTrue(outcome.stderr().contains("key is **********"), outcome.stderr());
        assertFalse(outcome.stderr().contains("p4ss-w0rd-123"));
        assertTrue(outcome.messages().stream()
                .anyMatch(m -> m.path("log").path("message").asText().equals("hello from create")));
        JsonNode last = outcome.messages().get(outcome.messages().size() - 1);
        assertFalse(last.path("type").asText().equals("RECORD"));
    }

    @Test
    void specAndUsageErrorInAProcess() throws Exception {
        Outcome spec = run("spec");
        assertEquals(0, spec.status());
        assertEquals("SPEC", spec.messages().get(0).path("type").asText());
        Outcome bad = run("sync");
        assertEquals(1, bad.status());
        assertEquals(
                "config_error",
                bad.messages()
                        .get(0)
                        .path("trace")
                        .path("error")
                        .path("failure_type")
                        .asText());
    }
}
