package io.cursorkit.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Stdout's generator writes every double as Jackson's shortest-digit writer does, the short ones by its own path. */
class ShortDecimalsTest {
    private static final JsonFactory SHORT = ShortDecimalGenerator.factory(new JsonFactoryBuilder());
    private static final JsonFactory JACKSON = new JsonFactoryBuilder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    @Test
    void everyKindOfDoubleGetsTheGeneralWritersText() throws IOException {
        List<Double> values = new ArrayList<>(List.of(
                0.0,
                -0.0,
                1e-3,
                -1e-3,
                0.00099999,
                0.0015,
                1e7,
                -1e7,
                Math.nextDown(1e7),
                9999999.999999,
                9999999.9999999,
                0.1 + 0.2,
                1.0,
                12.0,
                100.0,
                1234567.5,
                Double.MIN_VALUE,
                Double.MAX_VALUE,
                1e23,
                2.82879384806159E17,
                4.8726570057E288,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY));
        for (int exponent = -4; exponent <= 7; exponent++) {
            double power = Math.pow(10, exponent);
            values.add(power);
            values.add(Math.nextUp(power));
            values.add(Math.nextDown(power));
        }
        SplittableRandom random = new SplittableRandom(20261201);
        for (int i = 0; i < 300_000; i++) {
            long cents = random.nextLong(1, 10_000_000_000L);
            values.add(cents / 100.0); // prices
            int places = random.nextInt(0, 9);
            double scaled = random.nextLong(-100_000_000_000L, 100_000_000_000L) / Math.pow(10, places);
            values.add(scaled);
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(-5, 9)));
            values.add(Double.longBitsToDouble(random.nextLong()));
        }
        StringBuilder expected = new StringBuilder("[");
        for (double value : values) {
            if (expected.length() > 1) {
                expected.append(',');
            }
            expected.append(
                    Double.isFinite(value) ? NumberOutput.toString(value, true) : '"' + Double.toString(value) + '"');
        }
        String written = write(SHORT, values);
        assertEquals(expected.append(']').toString(), written);
        assertEquals(write(JACKSON, values), written);
    }

    @Test
    void qualifiesOnlyTheRangeWithoutExponentAndFewPlaces() {
        assertEquals(2, ShortDecimals.decimals(123.45));
        assertEquals(0, ShortDecimals.decimals(-7.0));
        assertEquals(3, ShortDecimals.decimals(0.001));
        assertEquals(-1, ShortDecimals.decimals(0.0009), "written with an exponent");
        assertEquals(-1, ShortDecimals.decimals(1e7), "written with an exponent");
        assertEquals(-1, ShortDecimals.decimals(0.1 + 0.2), "17 digits");
        assertEquals(-1, ShortDecimals.decimals(Double.NaN));
        assertEquals(-1, ShortDecimals.decimals(0.0));
    }

    @Test
    void keepsSeparatorsInObjectsAndArraysAndNumbersAsStrings() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = SHORT.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeNumberField("a", 1.5);
            g.writeFieldName("b");
            g.writeStartArray();
            g.writeNumber(2.25);
            g.writeNumber(-3.0);
            g.writeEndArray();
            g.writeEndObject();
        }
        assertEquals("{\"a\":1.5,\"b\":[2.25,-3.0]}", bytes.toString(StandardCharsets.UTF_8));

        JsonFactory asStrings = ShortDecimalGenerator.factory(
                new JsonFactoryBuilder().enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS));
        bytes.reset();
        try (JsonGenerator g = asStrings.createGenerator(bytes)) {
            g.writeNumber(2.25);
        }
        assertEquals("\"2.25\"", bytes.toString(StandardCharsets.UTF_8));
    }

    /** The values as one JSON array, non-finite ones as strings (as Jackson quotes them by default). */
    private static String write(JsonFactory factory, List<Double> values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(bytes)) {
            g.writeStartArray();
            for (double value : values) {
                g.writeNumber(value);
            }
            g.writeEndArray();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
