package io.cursorkit.benchmarks.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.benchmarks.connector.StockPrice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three baselines write the same messages, so that comparing their speed is fair. */
class BaselinesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long COUNT = 2_345;

    @Test
    void allBaselinesWriteTheSameMessages() throws IOException {
        List<JsonNode> handWritten = withoutTimes(handWritten(COUNT));
        assertEquals(handWritten, withoutTimes(objectMapper(COUNT)));
        assertEquals(handWritten, withoutTimes(jsonTree(COUNT)));
    }

    @Test
    void writesRecordsStatesAndStatusesInProtocolOrder() throws IOException {
        List<JsonNode> messages = handWritten(COUNT);
        // STARTED, RUNNING, records with a state after every 1000th, the final state, COMPLETE
        assertEquals(2 + COUNT + 3 + 1, messages.size());
        assertEquals("STARTED", status(messages.get(0)));
        assertEquals("RUNNING", status(messages.get(1)));
        assertEquals("COMPLETE", status(messages.get(messages.size() - 1)));

        JsonNode firstState = messages.get(2 + 1000);
        assertEquals("STATE", firstState.path("type").asText());
        JsonNode state = firstState.path("state");
        assertEquals(1000.0, state.path("sourceStats").path("recordCount").doubleValue());
        JsonNode streamState = state.path("stream").path("stream_state");
        // record 999 is the last (tenth) of the 100th date, 2000-04-09
        assertEquals("2000-04-09", streamState.path("date").asText());
        JsonNode keys = streamState.path("cursorkit").path("keys_at_cursor");
        assertEquals(10, keys.size());
        assertEquals(MAPPER.readTree("[\"AAPL\",\"2000-04-09\"]"), keys.get(0));

        JsonNode lastState = messages.get(messages.size() - 2).path("state");
        assertEquals(345.0, lastState.path("sourceStats").path("recordCount").doubleValue());
        // record 2344 is the fifth of date 235, 2000-08-22
        assertEquals(
                5,
                lastState
                        .path("stream")
                        .path("stream_state")
                        .path("cursorkit")
                        .path("keys_at_cursor")
                        .size());
    }

    @Test
    void recordsCarryTheGeneratorsValues() throws IOException {
        JsonNode first = handWritten(1).get(2).path("record");
        assertEquals("stock_prices", first.path("stream").asText());
        JsonNode data = first.path("data");
        assertEquals(7, data.size());
        StockPrice expected = new io.cursorkit.benchmarks.connector.StockPriceGenerator(1).next();
        assertEquals(expected.date(), data.path("date").asText());
        assertEquals(expected.stockTicker(), data.path("stock_ticker").asText());
        assertEquals(expected.open(), data.path("open").doubleValue());
        assertEquals(expected.high(), data.path("high").doubleValue());
        assertEquals(expected.low(), data.path("low").doubleValue());
        assertEquals(expected.close(), data.path("close").doubleValue());
        assertEquals(expected.volume(), data.path("volume").longValue());
        assertTrue(first.path("emitted_at").isIntegralNumber());
    }

    @Test
    void anEmptyReadStillStatesAndCompletes() throws IOException {
        List<JsonNode> messages = handWritten(0);
        assertEquals(3, messages.size()); // STARTED, STATE, COMPLETE: no RUNNING without a record
        assertEquals(
                MAPPER.createObjectNode(),
                messages.get(1).path("state").path("stream").path("stream_state"));
    }

    @Test
    void aBadRecordCountIsRefusedWithUsage() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Baselines.recordCount(new String[] {"many"}, HandWritten.class));
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
        assertTrue(e.getMessage().contains("usage:"), e.getMessage());
    }

    static List<JsonNode> handWritten(long count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HandWritten.run(count, out);
        return lines(out);
    }

    private static List<JsonNode> objectMapper(long count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObjectMapperPerMessage.run(count, out);
        return lines(out);
    }

    private static List<JsonNode> jsonTree(long count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonNodeTree.run(count, new PrintStream(out, false, StandardCharsets.UTF_8));
        return lines(out);
    }

    private static List<JsonNode> lines(ByteArrayOutputStream out) throws IOException {
        List<JsonNode> messages = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            if (!line.isEmpty()) {
                messages.add(MAPPER.readTree(line));
            }
        }
        return messages;
    }

    /** The messages with their emission times removed: the one thing that may differ. */
    static List<JsonNode> withoutTimes(List<JsonNode> messages) {
        List<JsonNode> copies = new ArrayList<>();
        for (JsonNode message : messages) {
            ObjectNode copy = message.deepCopy();
            if (copy.path("record") instanceof ObjectNode record) {
                record.remove("emitted_at");
            }
            if (copy.path("trace") instanceof ObjectNode trace) {
                trace.remove("emitted_at");
            }
            copies.add(copy);
        }
        return copies;
    }

    private static String status(JsonNode message) {
        return message.path("trace").path("stream_status").path("status").asText();
    }
}
