package io.cursorkit.testkit.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on the command line, in the config, the catalog and the state, each in its own
 * connector process: stdout stays valid protocol, the answer is a config error (CONNECTION_STATUS
 * FAILED for {@code check}) whose message names the problem, no record is emitted, the exit status
 * is non-zero except for {@code check}, there is no stack trace in the message, and the secret is
 * printed nowhere.
 */
class BadInputTest {
    @TempDir
    static Path dir;

    private static Path config;
    private static Path catalog;

    @BeforeAll
    static void files() throws IOException {
        CasesData data = new CasesData(dir).standard();
        config = write("config.json", data.config().toString());
        JsonNode discovered =
                CasesConnectorTest.CONNECTOR.discover(data.config()).catalog();
        catalog = write(
                "catalog.json",
                ConfiguredCatalogBuilder.from(discovered).build().toString());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("no command", List.of(), "usage"),
                bad("an unknown command", List.of("frobnicate"), "frobnicate"),
                bad("read without --config", List.of("read", "--catalog", "@catalog"), "--config"),
                bad("read without --catalog", List.of("read", "--config", "@config"), "--catalog"),
                bad("discover with a missing config file", List.of("discover", "--config", "@missing"), "missing.json"),
                bad("read with a config that is not JSON", read("{data_dir: oops", "@catalog"), "json"),
                bad(
                        "read with a config missing a required property",
                        read("{\"token\":\"" + CasesData.SECRET + "\"}", "@catalog"),
                        "data_dir"),
                bad(
                        "read with a config property of the wrong type",
                        read(configWith("fail_after", "\"ten\""), "@catalog"),
                        "fail_after"),
                bad("read with a secret of the wrong type", read(configWith("token", "12345"), "@catalog"), "token"),
                bad("read with a catalog that is not JSON", read("@config", "[1, 2"), "catalog"),
                bad(
                        "read with a catalog naming an unknown stream",
                        read("@config", catalogOf("no_such_stream", "full_refresh")),
                        "no_such_stream"),
                bad("read with an invalid sync_mode", read("@config", catalogOf("ties", "sometimes")), "sometimes"),
                bad(
                        "read incremental on a stream without cursor",
                        read("@config", catalogOf("snapshot", "incremental")),
                        "snapshot"),
                bad("read with a state that is not JSON", readWithState("{\"ties\": "), "state"),
                bad(
                        "read with a cursor of the wrong type",
                        readWithState("{\"ties\": {\"seq\": \"yesterday\"}}"),
                        "ties"),
                bad("check with a missing config file", List.of("check", "--config", "@missing"), "missing.json"),
                bad("check with a config missing a required property", List.of("check", "--config", "{}"), "data_dir"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isAClearConfigErrorAndValidProtocol(String what, List<String> args, String named) throws IOException {
        ConnectorRun run = CasesConnectorTest.CONNECTOR.run(materialize(args));
        run.assertValidProtocol();
        String all = String.join("\n", run.stdoutLines());
        assertFalse(all.contains(CasesData.SECRET) || run.stderr().contains(CasesData.SECRET), "the secret is printed");
        assertTrue(run.records().isEmpty(), "no record from a sync that could not start");
        String message;
        if (!args.isEmpty() && args.get(0).equals("check")) {
            assertEquals(0, run.exitCode(), run.describe());
            JsonNode status = run.connectionStatus().orElseThrow(() -> new AssertionError(run.describe()));
            assertEquals("FAILED", status.path("status").asText(), run.describe());
            message = status.path("message").asText();
        } else {
            assertNotEquals(0, run.exitCode(), run.describe());
            assertEquals(1, run.errors().size(), run.describe());
            JsonNode error = run.errors().get(0);
            assertEquals("config_error", error.path("failure_type").asText(), run.describe());
            message = error.path("message").asText();
        }
        assertTrue(message.toLowerCase(Locale.ROOT).contains(named.toLowerCase(Locale.ROOT)), what + ": " + message);
        assertFalse(
                message.contains("\tat ") || message.contains("Exception:"),
                "a stack trace or exception name in: " + message);
    }

    private static Arguments bad(String what, List<String> args, String named) {
        return Arguments.of(what, args, named);
    }

    private static List<String> read(String configText, String catalogText) {
        return List.of("read", "--config", configText, "--catalog", catalogText);
    }

    private static List<String> readWithState(String stateText) {
        return List.of("read", "--config", "@config", "--catalog", "@catalog", "--state", stateText);
    }

    /** The standard config with one property replaced by raw JSON. */
    private static String configWith(String property, String rawJson) {
        return "{\"data_dir\":\"" + dir.toString().replace("\\", "\\\\") + "\",\"token\":\"" + CasesData.SECRET
                + "\",\"" + property + "\":" + rawJson + "}";
    }

    private static String catalogOf(String stream, String syncMode) {
        return "{\"streams\":[{\"stream\":{\"name\":\"" + stream + "\",\"json_schema\":{},"
                + "\"supported_sync_modes\":[\"full_refresh\",\"incremental\"]},"
                + "\"sync_mode\":\"" + syncMode + "\",\"destination_sync_mode\":\"append\"}]}";
    }

    /**
     * Turns the arguments into a command line: {@code @config} and {@code @catalog} name the good
     * files, {@code @missing} a file that does not exist, and an argument after an option that
     * starts with {@code {} or {@code [} is written to a file of its own.
     */
    private static List<String> materialize(List<String> args) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("@config")) {
                out.add(config.toString());
            } else if (arg.equals("@catalog")) {
                out.add(catalog.toString());
            } else if (arg.equals("@missing")) {
                out.add(dir.resolve("missing.json").toString());
            } else if (i > 0 && args.get(i - 1).startsWith("--") && (arg.startsWith("{") || arg.startsWith("["))) {
                out.add(write("input-" + i + "-" + Math.abs(arg.hashCode()) + ".json", arg)
                        .toString());
            } else {
                out.add(arg);
            }
        }
        return out;
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
