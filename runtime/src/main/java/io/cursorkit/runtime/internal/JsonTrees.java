package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.runtime.spi.KeyBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON text to {@link JsonNode} trees with jackson-core's streaming parser alone. The runtime reads
 * only small inputs (config, catalog, state, slices), and an {@code ObjectMapper} would load some
 * 250 classes of databind for them: over 100 ms of every {@code read}'s start-up.
 *
 * <p>The trees are what {@code ObjectMapper.readTree} gives: integers as int, long or BigInteger
 * nodes by size, the last of duplicate keys wins; anything after the one value is an error. Other
 * numbers are doubles when a double writes back the same text, and exact decimals otherwise, so
 * that {@code 42.00} keeps its scale and a {@code BigDecimal} cursor in a state keeps every digit
 * (a double would round it, and a cursor rounded up would skip the records at the real one). {@link #text} is the way back, compact, as {@code JsonNode.toString()}
 * writes it (which would load databind's serializers).
 */
final class JsonTrees {
    /**
     * The one factory of the runtime's parsers and generators (but stdout's, {@link ProtocolWriter},
     * which writes doubles the same way). A double is written with the shortest digits that read
     * back as the same double (Schubfach), not with JDK 17's {@code Double.toString}, which is
     * several times slower and for some values writes a digit or two more: a cursor in a state has
     * the same text as in the record it came from.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    /** Exact: the default factory strips a decimal's trailing zeros ({@code 42.00} becomes {@code 42}). */
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonTrees() {}

    /** The value in {@code json}; {@link MissingNode} when it is empty or blank. */
    static JsonNode parse(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return parse(parser);
        }
    }

    static JsonNode parse(String json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return parse(parser);
        }
    }

    private static JsonNode parse(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return MissingNode.getInstance();
        }
        JsonNode value = value(parser, first);
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "Trailing token after the JSON value");
        }
        return value;
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return decimal(parser);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(parser, "Unexpected token " + token);
        }
    }

    /**
     * A double, as ObjectMapper reads it, unless that loses something the text says: digits a
     * double cannot hold, or trailing zeros that give a decimal its scale. Then the exact decimal.
     * The text a double writes is the shortest one ({@link #FACTORY}); the one JDK 17's {@code
     * Double.toString} writes, a digit or two longer for some values, counts too, so that a key or
     * cursor in a state written before the runtime wrote shortest digits reads as the same double
     * and writes back as a {@link KeyBuilder} key of today.
     */
    private static JsonNode decimal(JsonParser parser) throws IOException {
        double value = parser.getDoubleValue();
        BigDecimal exact = parser.getDecimalValue();
        if (Double.isFinite(value)
                && (sameText(exact, new BigDecimal(NumberOutput.toString(value, true)))
                        || sameText(exact, BigDecimal.valueOf(value)))) {
            return NODES.numberNode(value);
        }
        return NODES.numberNode(exact);
    }

    private static boolean sameText(BigDecimal exact, BigDecimal written) {
        return exact.compareTo(written) == 0 && exact.scale() <= written.scale();
    }

    /** The compact JSON text of {@code node}, the same as {@link KeyBuilder} writes a key. */
    static String text(JsonNode node) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            write(node, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    g.writeFieldName(field.getKey());
                    write(field.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node) {
                    write(element, g);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case NUMBER -> {
                if (node.isInt()) {
                    g.writeNumber(node.intValue());
                } else if (node.isLong()) {
                    g.writeNumber(node.longValue());
                } else if (node.isBigInteger()) {
                    g.writeNumber(node.bigIntegerValue());
                } else if (node.isBigDecimal()) {
                    g.writeNumber(node.decimalValue());
                } else if (node.isFloat()) {
                    g.writeNumber(node.floatValue());
                } else {
                    g.writeNumber(node.doubleValue());
                }
            }
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            default -> g.writeNull();
        }
    }
}
