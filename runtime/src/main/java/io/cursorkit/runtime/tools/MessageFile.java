package io.cursorkit.runtime.tools;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of Airbyte messages, one JSON object per line, as a connector prints them; or one JSON
 * value (for a state file). Numbers are read exactly: a decimal cursor keeps every digit and its
 * scale, so a state written back is the state that was read.
 */
final class MessageFile {
    /** Exact numbers, nothing after the one value of a line, pretty output with a final newline. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** One message and the 1-based line it is on. */
    record Line(int number, JsonNode message) {
        String type() {
            JsonNode type = message.get("type");
            return type != null && type.isTextual() ? type.textValue() : null;
        }
    }

    /** The name to use in messages: the path as given, or "standard input". */
    final String name;

    final List<Line> lines;

    /** True when the last line was cut off (no newline after it, and not JSON) and left out. */
    final boolean lastLineCut;

    private MessageFile(String name, List<Line> lines, boolean lastLineCut) {
        this.name = name;
        this.lines = lines;
        this.lastLineCut = lastLineCut;
    }

    /** The text of {@code path}, or of standard input for {@code -}. */
    static String load(String path, InputStream stdin) throws ToolException {
        try {
            byte[] bytes = path.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(path));
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw ToolException.input(path + ": no such file");
        } catch (IOException e) {
            throw ToolException.input(displayName(path) + " cannot be read: " + e);
        }
    }

    /** The name of {@code path} in messages. */
    static String displayName(String path) {
        return path.equals("-") ? "standard input" : path;
    }

    /**
     * The messages in {@code text}, one JSON object a line; blank lines are skipped. A last line
     * with no newline after it that is not JSON is what a killed connector leaves: it is left out
     * ({@link #lastLineCut}) when {@code allowCutLastLine}. Any other line that is not one JSON
     * object is an error naming the file and the line.
     */
    static MessageFile lines(String name, String text, boolean allowCutLastLine) throws ToolException {
        String[] raw = text.split("\r?\n", -1);
        boolean endsWithNewline = text.endsWith("\n");
        int count = endsWithNewline ? raw.length - 1 : raw.length; // after a final newline: an empty string
        List<Line> lines = new ArrayList<>();
        boolean cut = false;
        for (int i = 0; i < count; i++) {
            if (raw[i].isBlank()) {
                continue;
            }
            JsonNode message;
            try {
                message = MAPPER.readTree(raw[i]);
            } catch (JsonProcessingException e) {
                if (allowCutLastLine && i == count - 1 && !endsWithNewline) {
                    cut = true;
                    break;
                }
                throw ToolException.input(name + " line " + (i + 1) + " is not JSON (" + e.getOriginalMessage()
                        + where(e, false) + "). Pass the standard output of the connector, one message a line.");
            }
            if (!message.isObject()) {
                throw ToolException.input(name + " line " + (i + 1) + " is not a JSON object but " + kind(message)
                        + ". Pass the standard output of the connector, one message a line.");
            }
            lines.add(new Line(i + 1, message));
        }
        return new MessageFile(name, List.copyOf(lines), cut);
    }

    /** The one JSON value in {@code text}; null when it is empty or blank. */
    static JsonNode value(String name, String text) throws ToolException {
        if (text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ToolException.input(
                    name + " is not one JSON value (" + e.getOriginalMessage() + where(e, true) + ")");
        }
    }

    /** The messages of a type, in order. */
    List<Line> ofType(String type) {
        List<Line> found = new ArrayList<>();
        for (Line line : lines) {
            if (type.equals(line.type())) {
                found.add(line);
            }
        }
        return found;
    }

    /** "a string", "an array", ... for messages. */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "no value";
        };
    }

    /** " at column 7", or " at line 2, column 7" when {@code withLine}: where the parser stopped. */
    private static String where(JsonProcessingException e, boolean withLine) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at " + (withLine ? "line " + location.getLineNr() + ", " : "") + "column " + location.getColumnNr();
    }
}
