package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cursorkit.runtime.spi.ConnectorDefinition;
import io.cursorkit.runtime.spi.Runner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the runtime in-process with stdout and stderr captured and checks every stdout line
 * against {@code #/definitions/AirbyteMessage} of the protocol (test-only helper).
 */
public final class ProtocolCapture {
    static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    /** The outcome of one run: exit status, the parsed stdout messages, stderr text. */
    record Result(int status, List<JsonNode> messages, String stderr) {
        List<JsonNode> ofType(String type) {
            return messages.stream()
                    .filter(m -> m.path("type").asText().equals(type))
                    .collect(Collectors.toList());
        }

        List<JsonNode> records() {
            return ofType("RECORD").stream().map(m -> m.path("record")).collect(Collectors.toList());
        }

        /** The records' {@code ticker@date}, in order. */
        List<String> rows() {
            return records().stream()
                    .map(r -> r.path("data").path("ticker").asText() + "@"
                            + r.path("data").path("date").asText())
                    .collect(Collectors.toList());
        }

        List<JsonNode> states() {
            return ofType("STATE").stream().map(m -> m.path("state")).collect(Collectors.toList());
        }

        /** The per-stream states of {@code stream}, in order. */
        List<JsonNode> states(String stream) {
            return states().stream()
                    .filter(s -> s.path("stream")
                            .path("stream_descriptor")
                            .path("name")
                            .asText()
                            .equals(stream))
                    .collect(Collectors.toList());
        }

        JsonNode lastState() {
            List<JsonNode> states = states();
            return states.get(states.size() - 1);
        }

        List<JsonNode> errors() {
            return ofType("TRACE").stream()
                    .map(m -> m.path("trace"))
                    .filter(t -> t.path("type").asText().equals("ERROR"))
                    .map(t -> t.path("error"))
                    .collect(Collectors.toList());
        }

        List<String> statuses(String stream) {
            return ofType("TRACE").stream()
                    .map(m -> m.path("trace"))
                    .filter(t -> t.path("type").asText().equals("STREAM_STATUS"))
                    .map(t -> t.path("stream_status"))
                    .filter(s ->
                            s.path("stream_descriptor").path("name").asText().equals(stream))
                    .map(s -> s.path("status").asText())
                    .collect(Collectors.toList());
        }

        List<String> logs(String level) {
            return ofType("LOG").stream()
                    .map(m -> m.path("log"))
                    .filter(l -> l.path("level").asText().equals(level))
                    .map(l -> l.path("message").asText())
                    .collect(Collectors.toList());
        }

        String stdout() {
            return messages.stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
        }
    }

    private final Path dir;

    ProtocolCapture(Path dir) {
        this.dir = dir;
    }

    Path file(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code read} with the given config, catalog and (nullable) state JSON. */
    Result read(ConnectorDefinition<?> connector, String config, String catalog, String state) {
        List<String> args = new ArrayList<>(List.of(
                "read",
                "--config",
                file("config.json", config).toString(),
                "--catalog",
                file("catalog.json", catalog).toString()));
        if (state != null) {
            args.add("--state");
            args.add(file("state.json", state).toString());
        }
        return run(connector, args.toArray(String[]::new));
    }

    static Result run(ConnectorDefinition<?> connector, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Runner.run(args, connector, out, err);
        return new Result(status, validate(out.toString(StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
    }

    /** Parses and validates every line; fails on an empty line, non-JSON or an invalid message. */
    public static List<JsonNode> validate(String stdout) {
        List<JsonNode> messages = new ArrayList<>();
        if (stdout.isEmpty()) {
            return messages;
        }
        assertTrue(stdout.endsWith("\n"), "stdout must end with a line end: " + stdout);
        for (String line : stdout.substring(0, stdout.length() - 1).split("\n", -1)) {
            JsonNode message;
            try {
                message = JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("stdout line is not JSON: " + line, e);
            }
            Set<ValidationMessage> problems = schema().validate(message);
            if (!problems.isEmpty()) {
                fail("stdout line is not a valid AirbyteMessage: " + problems + "\n" + line);
            }
            assertEquals(line, message.toString(), "one compact JSON object per line");
            messages.add(message);
        }
        return messages;
    }

    /**
     * {@code #/definitions/AirbyteMessage} of the project's own protocol schema. It is read from
     * the testkit's sources (surefire passes its path as {@code cursorkit.protocolSchema}) because
     * the runtime cannot depend on the testkit, which test-depends on the runtime.
     */
    static synchronized JsonSchema schema() {
        if (schema == null) {
            Path file = Path.of(System.getProperty(
                            "cursorkit.protocolSchema",
                            "../testkit/src/main/resources/io/cursorkit/testkit/protocol/airbyte-protocol.schema.json"))
                    .toAbsolutePath()
                    .normalize();
            if (!Files.isRegularFile(file)) {
                fail("the protocol schema is missing: " + file);
            }
            try {
                ObjectNode root = JSON.createObjectNode();
                root.put("$schema", "http://json-schema.org/draft-07/schema#");
                root.put("$ref", "#/definitions/AirbyteMessage");
                root.set("definitions", JSON.readTree(file.toFile()).get("definitions"));
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                        .getSchema(root);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the protocol schema " + file, e);
            }
        }
        return schema;
    }

    /** A configured catalog of {@code streams}, each {@code name:mode}. */
    static String catalog(String... streams) {
        StringBuilder json = new StringBuilder("{\"streams\":[");
        for (int i = 0; i < streams.length; i++) {
            String[] parts = streams[i].split(":");
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"stream\":{\"name\":\"")
                    .append(parts[0])
                    .append("\",\"json_schema\":{},\"supported_sync_modes\":[\"full_refresh\",\"incremental\"]},")
                    .append("\"sync_mode\":\"")
                    .append(parts[1])
                    .append("\",\"destination_sync_mode\":\"append\"}");
        }
        return json.append("]}").toString();
    }
}
