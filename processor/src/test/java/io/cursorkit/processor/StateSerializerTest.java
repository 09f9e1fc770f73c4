package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.StateSerializer;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The generated state serializers: cursors round trip in their record form; slices in their JSON form. */
class StateSerializerTest {
    @SuppressWarnings("unchecked")
    private static <C, S> StateSerializer<C, S> serializer(Compiled compiled, String stream) {
        return (StateSerializer<C, S>) compiled.stream(stream).stateSerializer();
    }

    @Test
    void dateCursorRoundTripsInRecordFormat() throws Exception {
        StateSerializer<LocalDate, Month> state = serializer(Fixtures.stock(), "test.StockPrices_Stream");
        String json = Compiled.json(out -> state.writeCursor(LocalDate.of(2024, 1, 31), out));
        assertEquals("\"2024-01-31\"", json);
        assertEquals(LocalDate.of(2024, 1, 31), state.readCursor(Compiled.parse(json)));
        assertEquals(JsonValues.DATE, state.cursorDescription());
    }

    @Test
    void badCursorSaysWhatWasExpected() {
        StateSerializer<LocalDate, Month> state = serializer(Fixtures.stock(), "test.StockPrices_Stream");
        JsonValueException e =
                assertThrows(JsonValueException.class, () -> state.readCursor(new TextNode("2024/01/31")));
        assertEquals(JsonValues.DATE, e.expected());
        assertThrows(JsonValueException.class, () -> state.readCursor(new IntNode(20240131)));
    }

    @Test
    void numericCursorRoundTrips() throws Exception {
        StateSerializer<Long, Void> state = serializer(Fixtures.types(), "types.EverythingStream_Stream");
        String json = Compiled.json(out -> state.writeCursor(7L, out));
        assertEquals("7", json);
        assertEquals(7L, state.readCursor(Compiled.parse(json)));
        assertEquals("an integer that fits in 64 bits", state.cursorDescription());
        assertThrows(JsonValueException.class, () -> state.readCursor(new TextNode("7")));
    }

    @Test
    void enumSliceIsWrittenAsItsConstant() throws Exception {
        StateSerializer<LocalDate, Month> state = serializer(Fixtures.stock(), "test.StockPrices_Stream");
        assertEquals("\"FEBRUARY\"", Compiled.json(out -> state.writeSlice(Month.FEBRUARY, out)));
    }

    @Test
    void sliceWithoutJsonFormIsWrittenAsItsText() throws Exception {
        StateSerializer<Long, YearMonth> state = serializer(Fixtures.types(), "types.SlicedByMonth_Stream");
        assertEquals("\"2024-02\"", Compiled.json(out -> state.writeSlice(YearMonth.of(2024, 2), out)));
    }

    @Test
    void recordSliceIsWrittenAsAnObject() throws Exception {
        Compiled compiled = Fixtures.types();
        StateSerializer<Object, Object> state = serializer(compiled, "types.SlicedByAddress_Stream");
        Object address = compiled.stream("types.SlicedByAddress_Stream")
                .slices(compiled.create("types.SlicedByAddress"), null)
                .get(0);
        assertEquals(
                Compiled.parse("{\"street\":\"A\",\"zip_code\":1}"),
                Compiled.parse(Compiled.json(out -> state.writeSlice(address, out))));
    }

    @Test
    void streamWithoutCursorReadsNoCursor() throws Exception {
        StateSerializer<Object, Object> state = serializer(Fixtures.stock(), "test.Tickers_Stream");
        assertNull(state.readCursor(new TextNode("anything")));
        assertEquals("null", Compiled.json(out -> state.writeCursor(null, out)));
    }
}
