package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cursorkit.runtime.spi.KeyBuilder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The runtime's own tree reading gives what ObjectMapper gives, without loading it. */
class JsonTreesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String[] SAMPLES = {
        "{\"a\":1,\"b\":[true,false,null,\"x\\n\\\"y\\\"\"],\"c\":{\"d\":-2.5e3,\"e\":{}}}",
        "[1, 2147483648, 99999999999999999999, 1.0, 0.1, -0.0, \"é ☃\"]",
        "{\"dup\": 1, \"dup\": 2}",
        "\"2024-01-02\"",
        "[[\"AAPL\",\"2024-01-02\"],[\"MSFT\",\"2024-01-02\"]]",
        "  42  ",
    };

    @Test
    void parsesToTheSameTreesAsObjectMapper() throws Exception {
        for (String sample : SAMPLES) {
            JsonNode expected = MAPPER.readTree(sample);
            assertEquals(expected, JsonTrees.parse(sample), sample);
            assertEquals(expected, JsonTrees.parse(sample.getBytes(StandardCharsets.UTF_8)), sample);
        }
    }

    @Test
    void integersKeepTheirSize() throws Exception {
        JsonNode numbers = JsonTrees.parse("[1, 2147483648, 99999999999999999999]");
        assertTrue(numbers.get(0).isInt());
        assertTrue(numbers.get(1).isLong());
        assertEquals(new BigInteger("99999999999999999999"), numbers.get(2).bigIntegerValue());
    }

    @Test
    void decimalsKeepTheirScaleAndEveryDigit() throws Exception {
        JsonNode numbers = JsonTrees.parse("[42.00, 3.14159265358979323846264, 0.99999999999999999, 1.5]");
        assertEquals(new BigDecimal("42.00"), numbers.get(0).decimalValue(), "scale kept");
        assertEquals(new BigDecimal("3.14159265358979323846264"), numbers.get(1).decimalValue());
        // as a double this rounds up to 1.0: a cursor read that way would skip the records at it
        assertEquals(new BigDecimal("0.99999999999999999"), numbers.get(2).decimalValue());
        assertTrue(numbers.get(3).isDouble(), "what a double holds stays a double, as ObjectMapper reads it");
        assertEquals("[42.00,3.14159265358979323846264,0.99999999999999999,1.5]", JsonTrees.text(numbers));
    }

    @Test
    void writesBackAsJsonNodeToStringWouldAndAsKeyBuilderWritesKeys() throws Exception {
        for (String sample : SAMPLES) {
            JsonNode node = MAPPER.readTree(sample);
            assertEquals(node.toString(), JsonTrees.text(node), sample);
        }
        String key = new KeyBuilder()
                .add("AAPL \"quoted\"")
                .add(42L)
                .add(1.5)
                .add(true)
                .build();
        assertEquals(key, JsonTrees.text(JsonTrees.parse(key)));
    }

    @Test
    void aDoubleWritesItsShortestDigitsAndAKeyOfAnEarlierStateStillMatches() throws Exception {
        // JDK 17's Double.toString writes these doubles with more digits than they need
        String shortest = new KeyBuilder().add(1e23).add(2.82879384806159E17).build();
        assertEquals("[1.0E23,2.82879384806159E17]", shortest);
        assertEquals(shortest, JsonTrees.text(JsonTrees.parse(shortest)));
        // a state written before the runtime wrote shortest digits
        String earlier = "[9.999999999999999E22,2.82879384806159008E17]";
        assertEquals(shortest, JsonTrees.text(JsonTrees.parse(earlier)));
        assertTrue(JsonTrees.parse(earlier).get(0).isDouble());
    }

    @Test
    void emptyIsMissingAndTrailingOrBrokenInputIsAnError() throws Exception {
        assertTrue(JsonTrees.parse("   ").isMissingNode());
        assertThrows(JsonProcessingException.class, () -> JsonTrees.parse("{} {}"));
        assertThrows(JsonProcessingException.class, () -> JsonTrees.parse("[1, 2"));
        assertThrows(JsonProcessingException.class, () -> JsonTrees.parse("{\"a\" 1}"));
    }
}
