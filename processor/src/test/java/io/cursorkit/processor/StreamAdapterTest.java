package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.StreamInfo;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated stream classes: info, construction, and every form of read and @Slices adapted. */
class StreamAdapterTest {
    private final Compiled types = Fixtures.types();

    private static List<Object> read(
            GeneratedStream<Object, Object, Object, Long, Object> stream, Object author, Object slice, Long since)
            throws Exception {
        try (CloseableIterator<Object> records = stream.read(author, slice, since)) {
            return Compiled.drain(records);
        }
    }

    private static List<Object> notes(List<Object> items) {
        List<Object> notes = new ArrayList<>();
        items.forEach(item -> notes.add(Compiled.get(item, "note")));
        return notes;
    }

    @Test
    void infoDescribesTheStream() {
        StreamInfo info = Fixtures.stock().stream("test.StockPrices_Stream").info();
        assertEquals("stock_prices", info.name());
        assertNull(info.namespace());
        assertEquals("date", info.cursorField());
        assertEquals(List.of("stock_ticker", "date"), info.primaryKey());
        assertEquals(100, info.checkpointInterval());
        assertTrue(info.sliced());
        StreamInfo everything = types.stream("types.EverythingStream_Stream").info();
        assertEquals("demo", everything.namespace());
        assertFalse(everything.sliced());
        StreamInfo address = types.stream("types.SlicedByAddress_Stream").info();
        assertNull(address.cursorField());
        assertEquals(0, address.checkpointInterval());
    }

    @Test
    void createPassesTheConfigWhenTheConstructorTakesIt() throws Exception {
        Object config = types.connector("types.AllConfig_Connector")
                .parseConfig(Compiled.parse("{\"host\":\"h\",\"port\":1}"), w -> {});
        Object stream = types.stream("types.EverythingStream_Stream").create(config);
        assertSame(config, Compiled.get(stream, "config"));
        assertEquals(
                "types.Plain",
                types.stream("types.Plain_Stream").create(config).getClass().getName());
    }

    @Test
    void readWithSinceOnlyAndAStream() throws Exception {
        GeneratedStream<Object, Object, Object, Long, Object> stream = types.stream("types.SinceOnly_Stream");
        Object author = stream.create(null);
        assertEquals(java.util.Collections.singletonList(null), stream.slices(author, 3L));
        assertEquals(List.of("since=3"), notes(read(stream, author, null, 3L)));
        assertEquals(List.of("since=null"), notes(read(stream, author, null, null)));
        GeneratedStream<Object, Object, Object, Long, Object> everything =
                types.stream("types.EverythingStream_Stream");
        assertEquals(2, read(everything, everything.create(null), null, 1L).size());
    }

    @Test
    void readWithoutParametersIgnoresSliceAndSince() throws Exception {
        GeneratedStream<Object, Object, Object, Long, Object> stream = types.stream("types.Plain_Stream");
        List<Object> items = read(stream, stream.create(null), null, 9L);
        assertEquals(List.of("no cursor value"), notes(items));
        assertNull(stream.cursor(items.get(0)), "a null cursor stays null");
    }

    @Test
    void listSlicesWithoutSinceAndIteratorRead() throws Exception {
        GeneratedStream<Object, Object, Object, Long, Object> stream = types.stream("types.SlicedByMonth_Stream");
        Object author = stream.create(null);
        List<Object> slices = stream.slices(author, 5L);
        assertEquals(List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2)), slices);
        assertEquals(List.of("slice=2024-02"), notes(read(stream, author, slices.get(1), 5L)));
    }

    @Test
    void streamSlicesWithSinceAreClosedAndReadGetsBoth() throws Exception {
        GeneratedStream<Object, Object, Object, Long, Object> stream = types.stream("types.SlicedByColor_Stream");
        Object author = stream.create(null);
        Class<?> type = author.getClass();
        int closedBefore = type.getField("closedSlices").getInt(null);
        List<Object> slices = stream.slices(author, 5L);
        assertEquals("[RED, BLUE]", slices.toString());
        assertEquals(closedBefore + 1, type.getField("closedSlices").getInt(null), "the slices stream is closed");
        assertEquals(List.of("slice=BLUE,since=5"), notes(read(stream, author, slices.get(1), 5L)));
    }

    @Test
    void iterableSlicesAndIterableRead() throws Exception {
        GeneratedStream<Object, Object, Object, Long, Object> stream = types.stream("types.SlicedByAddress_Stream");
        Object author = stream.create(null);
        List<Object> slices = stream.slices(author, null);
        assertEquals(2, slices.size());
        assertEquals(List.of(slices.get(1)), read(stream, author, slices.get(1), null));
        assertNull(stream.primaryKey(slices.get(0)), "no primary key");
    }

    @Test
    void cursorAndPrimaryKeyOfARecord() throws Exception {
        GeneratedStream<Object, Object, Object, Long, Object> stream = types.stream("types.EverythingStream_Stream");
        Object full = types.call("types.Everything", "full");
        assertEquals(7L, stream.cursor(full));
        assertEquals("[7,\"2024-01-02\",\"GREEN\",\"h\u00e9llo \\\"q\\\"\"]", stream.primaryKey(full));
        assertEquals("[0,null,null,null]", stream.primaryKey(types.call("types.Everything", "empty")));
    }

    @Test
    void stockPrimaryKeyAndCursor() throws Exception {
        GeneratedStream<Object, Object, Object, LocalDate, Object> stream =
                Fixtures.stock().stream("test.StockPrices_Stream");
        Object config = Fixtures.stock()
                .connector("test.StockConfig_Connector")
                .parseConfig(Compiled.parse("{\"start_date\":\"2024-01-05\"}"), w -> {});
        Object author = stream.create(config);
        List<Object> slices = stream.slices(author, null);
        assertEquals("[JANUARY, FEBRUARY]", slices.toString());
        List<Object> records;
        try (CloseableIterator<Object> iterator = stream.read(author, slices.get(1), null)) {
            records = Compiled.drain(iterator);
        }
        assertEquals("[\"AAPL\",\"2024-02-05\"]", stream.primaryKey(records.get(0)));
        assertEquals(LocalDate.of(2024, 2, 5), stream.cursor(records.get(0)));
    }

    @Test
    void connectorListsStreamsInCatalogOrder() {
        List<String> names = new ArrayList<>();
        types.connector("types.AllConfig_Connector")
                .streams()
                .forEach(s -> names.add(s.info().name()));
        assertEquals(
                List.of("by_color", "everything_stream", "plain", "since_only", "sliced_by_address", "sliced_by_month"),
                names);
    }
}
