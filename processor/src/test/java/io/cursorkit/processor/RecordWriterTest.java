package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cursorkit.runtime.spi.RecordWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated record writer, run on a record holding every supported type. */
class RecordWriterTest {
    private static final ObjectMapper EXACT =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static String write(String factory) {
        Compiled compiled = Fixtures.types();
        RecordWriter<?> writer =
                compiled.stream("types.EverythingStream_Stream").recordWriter();
        return Compiled.write(writer, compiled.call("types.Everything", factory));
    }

    private static JsonNode parse(String json) throws Exception {
        return EXACT.readTree(json);
    }

    @Test
    void writesEveryTypeInItsJsonForm() throws Exception {
        JsonNode record = parse(write("full"));
        assertEquals(7, record.get("id").longValue());
        assertEquals("h\u00e9llo \"q\"", record.get("text").textValue());
        assertEquals("x", record.get("letter").textValue());
        assertEquals(42, record.get("count").intValue());
        assertEquals(-3, record.get("small").intValue());
        assertEquals(9, record.get("tiny").intValue());
        assertEquals(
                new BigInteger("123456789012345678901234567890"),
                record.get("big").bigIntegerValue());
        assertEquals(new BigDecimal("1.5"), record.get("ratio").decimalValue());
        assertEquals(new BigDecimal("2.25"), record.get("amount").decimalValue());
        assertEquals(
                new BigDecimal("3.14159265358979323846"), record.get("exact").decimalValue());
        assertTrue(record.get("flag").booleanValue());
        assertEquals("2024-01-02", record.get("day").textValue());
        assertEquals("2024-01-02T10:00:30", record.get("localTime").textValue());
        assertEquals("2024-01-02T10:00:30+01:00", record.get("offsetTime").textValue());
        assertEquals("2024-01-02T10:00:30+01:00", record.get("zonedTime").textValue());
        assertEquals("2024-01-02T10:00:30Z", record.get("instant").textValue());
        assertEquals("GREEN", record.get("color").textValue());
        assertEquals(parse("[\"x\",\"y\"]"), record.get("tags"));
        assertEquals(parse("[1,2]"), record.get("numbers"));
        assertEquals(parse("[0.5,1.0]"), record.get("values"));
        assertEquals(parse("{\"a\":1,\"b\":null}"), record.get("counts"));
        assertEquals(parse("{\"street\":\"Main St\",\"zip_code\":12345}"), record.get("address"));
        assertEquals(parse("{\"full_name\":\"Ada\",\"years\":36,\"active\":true}"), record.get("person"));
        assertEquals(parse("[{\"street\":\"Old St\",\"zip_code\":1}]"), record.get("history"));
        assertEquals(5, record.get("boxedCount").intValue());
        assertTrue(
                record.get("boxedFlag").isBoolean() && !record.get("boxedFlag").booleanValue());
        assertEquals("renamed", record.get("renamed_field").textValue());
    }

    @Test
    void writesPropertiesInDeclarationOrderAndLeavesIgnoredOnesOut() throws Exception {
        List<String> names = new ArrayList<>();
        parse(write("full")).fieldNames().forEachRemaining(names::add);
        assertEquals(
                List.of(
                        "id",
                        "text",
                        "letter",
                        "count",
                        "small",
                        "tiny",
                        "big",
                        "ratio",
                        "amount",
                        "exact",
                        "flag",
                        "day",
                        "localTime",
                        "offsetTime",
                        "zonedTime",
                        "instant",
                        "color",
                        "tags",
                        "numbers",
                        "values",
                        "counts",
                        "address",
                        "person",
                        "history",
                        "boxedCount",
                        "boxedFlag",
                        "renamed_field"),
                names);
    }

    @Test
    void writesNullForEveryNullReference() throws Exception {
        JsonNode record = parse(write("empty"));
        for (String name : List.of(
                "text",
                "big",
                "exact",
                "day",
                "localTime",
                "offsetTime",
                "zonedTime",
                "instant",
                "color",
                "tags",
                "numbers",
                "values",
                "counts",
                "address",
                "person",
                "history",
                "boxedCount",
                "boxedFlag",
                "renamed_field")) {
            assertTrue(record.get(name).isNull(), name + " is null");
        }
        assertEquals(0, record.get("id").longValue());
        assertEquals("a", record.get("letter").textValue());
    }

    @Test
    void writesOneCompactObject() {
        String json = write("full");
        assertTrue(json.startsWith("{\"id\":7,\"text\":"), json);
        assertTrue(!json.contains("\n"), json);
    }
}
