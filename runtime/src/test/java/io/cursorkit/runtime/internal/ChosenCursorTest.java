package io.cursorkit.runtime.internal;

import static io.cursorkit.runtime.internal.CheckpointTest.asStateFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.internal.ProtocolCapture.Result;
import io.cursorkit.runtime.spi.CursorChoiceStream;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stream whose user chooses the cursor between {@code date} (the default) and {@code price}: the
 * configured catalog's {@code cursor_field} picks it, the runtime filters, tracks and saves THAT
 * property under its name, a wrong pick is a config_error listing the choices, and a state saved
 * for the other choice is never used to filter (the stream reads from its start, with a WARN).
 *
 * <p>The rows ascend by price while their dates descend, so filtering by the wrong property would
 * show.
 */
class ChosenCursorTest {
    @TempDir
    Path dir;

    ProtocolCapture capture;

    @BeforeEach
    void setUp() {
        capture = new ProtocolCapture(dir);
    }

    static Row[] rows() {
        return new Row[] {
            new Row("A", LocalDate.parse("2024-01-09"), 1.0),
            new Row("B", LocalDate.parse("2024-01-08"), 2.0),
            new Row("C", LocalDate.parse("2024-01-07"), 2.0),
            new Row("D", LocalDate.parse("2024-01-06"), 3.0),
            new Row("E", LocalDate.parse("2024-01-05"), 4.0),
            new Row("F", LocalDate.parse("2024-01-04"), 4.0),
            new Row("G", LocalDate.parse("2024-01-03"), 5.0),
        };
    }

    /** The stream {@code prices}, sorted (by the chosen cursor) with {@code interval}, or not with 0. */
    static TestStream stream(int interval, int maxPartitions) {
        StreamInfo info = new StreamInfo(
                        "prices", null, "date", List.of("ticker", "date"), interval, false, maxPartitions)
                .withCursorChoices(List.of("date", "price"));
        TestStream stream = new TestStream(info);
        stream.otherCursor = field -> field.equals("price") ? price(stream) : null;
        if (maxPartitions > 0) {
            Row[] rows = rows();
            stream.add("p1", rows[0], rows[1], rows[2], rows[3]);
            stream.add("p2", rows[4], rows[5], rows[6]);
        } else {
            stream.add(rows());
        }
        return stream;
    }

    Result read(TestStream stream, String cursorField, String state) {
        TestConnector connector = new TestConnector(stream);
        String catalog = "{\"streams\":[{\"stream\":{\"name\":\"prices\",\"json_schema\":{},"
                + "\"supported_sync_modes\":[\"full_refresh\",\"incremental\"]},\"sync_mode\":\"incremental\","
                + (cursorField == null ? "" : "\"cursor_field\":" + cursorField + ",")
                + "\"destination_sync_mode\":\"append_dedup\"}]}";
        return capture.read(connector, ReadTest.CONFIG, catalog, state);
    }

    static JsonNode streamState(JsonNode state) {
        return state.path("stream").path("stream_state");
    }

    @Test
    void theChosenPropertyFiltersAndIsSavedUnderItsName() {
        Result first = read(stream(2, 0), "[\"price\"]", null);
        assertEquals(0, first.status(), first.stdout());
        assertEquals(7, first.rows().size());
        JsonNode last = streamState(first.lastState());
        assertEquals(5.0, last.get("price").doubleValue());
        assertFalse(last.has("date"));
        assertEquals("price", last.at("/cursorkit/cursor_field").asText());
        assertEquals(
                "[[\"G\",\"2024-01-03\"]]", last.at("/cursorkit/keys_at_cursor").toString());

        // from a state at price 4.0 with E committed: F (4.0) and G (5.0), though their dates are lower
        String state = "{\"prices\":{\"price\":4.0,\"cursorkit\":{\"cursor_field\":\"price\","
                + "\"keys_at_cursor\":[[\"E\",\"2024-01-05\"]]}}}";
        Result resumed = read(stream(2, 0), "[\"price\"]", state);
        assertEquals(0, resumed.status(), resumed.stdout());
        assertEquals(List.of("F@2024-01-04", "G@2024-01-03"), resumed.rows());
        assertTrue(resumed.logs("WARN").isEmpty(), resumed.logs("WARN").toString());
    }

    @Test
    void withoutCursorFieldTheDefaultIsUsed() {
        for (String cursorField : new String[] {null, "[]", "null"}) {
            Result run = read(stream(0, 0), cursorField, "{\"prices\":{\"date\":\"2024-01-07\"}}");
            assertEquals(0, run.status(), run.stdout());
            assertEquals(List.of("A@2024-01-09", "B@2024-01-08", "C@2024-01-07"), run.rows(), cursorField);
            JsonNode last = streamState(run.lastState());
            assertEquals("2024-01-09", last.get("date").asText());
            assertEquals("date", last.at("/cursorkit/cursor_field").asText());
        }
    }

    @Test
    void resumingFromEveryStateOfTheChosenCursorLosesAndDuplicatesNothing() {
        Result first = read(stream(2, 0), "[\"price\"]", null);
        List<String> all = first.rows();
        List<Integer> before = CheckpointTest.recordsBeforeEachState(first);
        List<JsonNode> states = first.states();
        assertTrue(states.size() >= 3, first.stdout());
        for (int i = 0; i < states.size(); i++) {
            Result resumed = read(stream(2, 0), "[\"price\"]", asStateFile(states.get(i)));
            assertEquals(0, resumed.status(), resumed.stdout());
            List<String> delivered = new ArrayList<>(all.subList(0, before.get(i)));
            delivered.addAll(resumed.rows());
            assertEquals(all, delivered, "resumed from state " + i + ": " + states.get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[\"nope\"]|names \"nope\", which cannot serve as this stream's cursor",
                "[\"price\",\"amount\"]|a nested path",
                "\"price\"|is the string \"price\", not an array naming one property",
                "[7]|is [7], not an array naming one property"
            })
    void aCursorFieldThatPicksNoChoiceIsAConfigErrorListingTheChoices(String input) {
        String[] parts = input.split("\\|");
        Result run = read(stream(2, 0), parts[0], null);
        assertEquals(1, run.status(), run.stdout());
        assertTrue(run.records().isEmpty());
        JsonNode error = run.errors().get(0);
        assertEquals("config_error", error.path("failure_type").asText());
        String message = error.path("message").asText();
        assertTrue(message.startsWith("Configured catalog, streams[0], stream 'prices': \"cursor_field\" "), message);
        assertTrue(message.contains(parts[1]), message);
        assertTrue(message.contains("Choose one of \"date\" (the default), \"price\""), message);
    }

    @Test
    void aFullRefreshSyncIgnoresCursorField() {
        TestConnector connector = new TestConnector(stream(0, 0));
        String catalog = "{\"streams\":[{\"stream\":{\"name\":\"prices\",\"json_schema\":{},"
                + "\"supported_sync_modes\":[\"full_refresh\",\"incremental\"]},\"sync_mode\":\"full_refresh\","
                + "\"cursor_field\":[\"nope\"],\"destination_sync_mode\":\"overwrite\"}]}";
        Result run = capture.read(connector, ReadTest.CONFIG, catalog, null);
        assertEquals(0, run.status(), run.stdout());
        assertEquals(7, run.rows().size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // marked by cursorkit
                "{\"date\":\"2024-01-05\",\"cursorkit\":{\"cursor_field\":\"date\"}}",
                // by hand or from before the choice: the other choice's name
                "{\"date\":\"2024-01-05\"}",
                // a bare cursor value: the default's
                "\"2024-01-05\"",
                // per-partition cursors without a name: the default's
                "{\"cursorkit\":{\"partitions\":[{\"partition\":\"p1\",\"cursor\":\"2024-01-05\"}]}}",
                // a name cursorkit wrote, of a property that is no longer a choice
                "{\"cursorkit\":{\"cursor_field\":\"volume\",\"partitions\":[{\"partition\":\"p1\",\"cursor\":3}]}}"
            })
    void aStateOfAnotherCursorIsNeverUsedTheStreamReadsFromItsStart(String saved) {
        for (int partitions : new int[] {0, 10}) {
            Result run = read(stream(2, partitions), "[\"price\"]", "{\"prices\":" + saved + "}");
            assertEquals(0, run.status(), run.stdout());
            assertEquals(7, run.rows().size(), "every row again: " + run.rows());
            List<String> warnings = run.logs("WARN");
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("Stream 'prices': the state holds the cursor of '"), warnings.get(0));
            assertTrue(
                    warnings.get(0).contains("but the configured catalog chooses 'price' (cursor_field)"),
                    warnings.get(0));
            assertTrue(warnings.get(0).contains("read from its start"), warnings.get(0));
            JsonNode last = streamState(run.lastState());
            assertEquals("price", last.at("/cursorkit/cursor_field").asText());
            assertEquals(5.0, partitions == 0 ? last.get("price").doubleValue() : maxPartitionCursor(last));
        }
    }

    @Test
    void aPartitionedStateOfTheChosenCursorResumesEachPartition() {
        Result first = read(stream(2, 10), "[\"price\"]", null);
        assertEquals(0, first.status(), first.stdout());
        JsonNode last = streamState(first.lastState());
        assertEquals("price", last.at("/cursorkit/cursor_field").asText());
        assertEquals(3.0, last.get("price").doubleValue(), "the lowest of p1's 3.0 and p2's 5.0");
        Result again = read(stream(2, 10), "[\"price\"]", asStateFile(first.lastState()));
        assertEquals(0, again.status(), again.stdout());
        assertEquals(List.of(), again.rows(), "nothing new");
        assertTrue(again.logs("WARN").isEmpty());
        Set<String> seen = new HashSet<>(first.rows());
        assertEquals(7, seen.size());
    }

    private static double maxPartitionCursor(JsonNode state) {
        double max = -1;
        for (JsonNode partition : state.at("/cursorkit/partitions")) {
            max = Math.max(max, partition.get("cursor").doubleValue());
        }
        return max;
    }

    /** The {@code price} choice's state form: a JSON number. */
    enum PriceSerializer implements StateSerializer<Double, String> {
        INSTANCE;

        @Override
        public void writeCursor(Double cursor, JsonGenerator out) throws IOException {
            out.writeNumber(cursor);
        }

        @Override
        public Double readCursor(JsonNode value) throws JsonValueException {
            if (!value.isNumber()) {
                throw new JsonValueException("a number", value);
            }
            return value.doubleValue();
        }

        @Override
        public String cursorDescription() {
            return "a number";
        }

        @Override
        public void writeSlice(String slice, JsonGenerator out) throws IOException {
            out.writeString(slice);
        }
    }

    static GeneratedStream<TestConfig, TestStream.Source, Row, ?, String> price(TestStream base) {
        return new CursorChoiceStream<TestConfig, TestStream.Source, Row, Double, String>(
                base,
                "price",
                (stream, since) -> base.slices(stream, null),
                (stream, slice, since) -> base.read(stream, slice, null),
                Row::price,
                PriceSerializer.INSTANCE);
    }
}
