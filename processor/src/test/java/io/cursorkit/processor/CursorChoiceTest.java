package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stream whose user chooses the cursor ({@code cases/chosen}): its catalog entry, its info, and
 * the stream {@code withCursor} gives for each choice, run against the real runtime SPI: the
 * author's read receives the chosen option with its since, and the chosen property is the cursor
 * read from records and written in the state.
 */
class CursorChoiceTest {
    static final Compiled CHOSEN =
            Compiled.of("cases/chosen", "ExchangeConfig.java", "Trade.java", "Trades.java", "Fill.java", "Fills.java");

    private final GeneratedStream<Object, Object, Object, Instant, Object> trades =
            CHOSEN.stream("chosen.Trades_Stream");

    @Test
    void catalogOffersTheDefaultAndLetsTheUserChoose() {
        JsonNode catalog = Compiled.parse(Sources.resource(CHOSEN.compilation(), "META-INF/cursorkit/catalog.json"));
        JsonNode stream = catalog.get("streams").get(1);
        assertEquals("trades", stream.get("name").asText());
        assertFalse(stream.get("source_defined_cursor").asBoolean());
        assertEquals(Compiled.parse("[\"updated_at\"]"), stream.get("default_cursor_field"));
        assertEquals(Compiled.parse("[\"full_refresh\",\"incremental\"]"), stream.get("supported_sync_modes"));
        assertTrue(stream.get("is_resumable").asBoolean());
        JsonNode fills = catalog.get("streams").get(0);
        assertFalse(fills.get("source_defined_cursor").asBoolean(), "a @CursorField default is still a choice");
        assertEquals(Compiled.parse("[\"day\"]"), fills.get("default_cursor_field"));
    }

    @Test
    void infoListsTheChoicesDefaultFirst() {
        StreamInfo info = trades.info();
        assertEquals("updated_at", info.cursorField());
        assertEquals(List.of("updated_at", "id"), info.cursorChoices());
        assertTrue(info.userChosenCursor());
        assertTrue(info.partitioned());
        assertEquals(10, info.checkpointInterval());
        assertSame(trades, trades.withCursor("updated_at"));
        assertNull(trades.withCursor("note"), "a property that is no choice");
        assertNull(trades.withCursor("ID"));
    }

    @Test
    void theDefaultReadReceivesItsOptionWithSince() throws Exception {
        Object author = trades.create(config());
        assertEquals(List.of("AAPL", "MSFT"), trades.slices(author, null));
        assertEquals(
                "AAPL: updated_at >= 2024-02-01T00:00:00Z",
                note(trades.read(author, "AAPL", Instant.parse("2024-02-01T00:00:00Z"))));
        assertEquals("AAPL: updated_at >= null", note(trades.read(author, "AAPL", null)));
        Object record = first(trades.read(author, "AAPL", null));
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), trades.cursor(record));
    }

    @Test
    void theIdChoiceReadsTracksAndSavesTheId() throws Exception {
        GeneratedStream<Object, Object, Object, Long, Object> byId = chosen(trades, "id");
        assertEquals("id", byId.info().cursorField());
        assertEquals(List.of("updated_at", "id"), byId.info().cursorChoices());
        assertEquals(trades.info().primaryKey(), byId.info().primaryKey());
        assertEquals(10, byId.info().checkpointInterval());
        assertTrue(byId.info().partitioned());
        Object author = byId.create(config());
        assertEquals(List.of("AAPL", "MSFT"), byId.slices(author, 5L));
        assertEquals("MSFT: id >= 5", note(byId.read(author, "MSFT", 5L)));
        assertEquals("MSFT: id >= null", note(byId.read(author, "MSFT", null)));
        Object record = first(byId.read(author, "MSFT", null));
        assertEquals(7L, byId.cursor(record));
        assertEquals("[7]", byId.primaryKey(record));
        assertEquals(
                "{\"id\":7,\"note\":\"MSFT: id >= null\",\"updated_at\":\"2024-01-01T00:00:00Z\",\"tags\":[]}",
                Compiled.write(byId.recordWriter(), record));
        assertSame(byId.info().cursorField(), "id");
        assertSame(trades, byId.withCursor("updated_at"), "from a choice back to the default");
    }

    @Test
    void eachChoiceHasTheStateFormOfItsProperty() throws JsonValueException {
        GeneratedStream<Object, Object, Object, Long, Object> byId = chosen(trades, "id");
        StateSerializer<Long, Object> ids = byId.stateSerializer();
        assertEquals("12", Compiled.json(out -> ids.writeCursor(12L, out)));
        assertEquals(12L, ids.readCursor(Compiled.parse("12")));
        assertThrows(JsonValueException.class, () -> ids.readCursor(Compiled.parse("\"2024-01-01T00:00:00Z\"")));
        assertEquals("\"AAPL\"", Compiled.json(out -> ids.writeSlice("AAPL", out)));
        StateSerializer<Instant, Object> times = trades.stateSerializer();
        assertEquals(
                "\"2024-01-01T00:00:00Z\"",
                Compiled.json(out -> times.writeCursor(Instant.EPOCH.plusSeconds(1704067200), out)));
        assertThrows(JsonValueException.class, () -> times.readCursor(Compiled.parse("12")));
    }

    @Test
    void slicesThatTakeTheChoiceReceiveTheChosenOption() throws Exception {
        GeneratedStream<Object, Object, Object, LocalDate, Object> fills = CHOSEN.stream("chosen.Fills_Stream");
        assertEquals(List.of("day", "seq"), fills.info().cursorChoices());
        Object author = fills.create(null);
        assertEquals(
                List.of("Day[since=2024-01-02]/a", "Day[since=2024-01-02]/b"),
                fills.slices(author, LocalDate.of(2024, 1, 2)));
        GeneratedStream<Object, Object, Object, Integer, Object> bySeq = chosen(fills, "seq");
        assertEquals(List.of("Seq[since=3]/a", "Seq[since=3]/b"), bySeq.slices(author, 3));
        Object record = first(bySeq.read(author, "xyz", 3));
        assertEquals(3, bySeq.cursor(record));
        assertEquals(LocalDate.of(2024, 1, 2), fills.cursor(record));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Trades_Stream", "Trades_StateSerializer"})
    void generatedSourceMatchesGolden(String name) throws IOException {
        String actual = Sources.generated(CHOSEN.compilation(), "chosen/" + name + ".java");
        String golden = "golden/chosen/" + name + ".java";
        if (Boolean.getBoolean("golden.update")) {
            Path file = Path.of("src/test/resources", golden);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Sources.text(golden), actual, golden);
    }

    private static Object config() throws Exception {
        return CHOSEN.connector("chosen.ExchangeConfig_Connector")
                .parseConfig(Compiled.parse("{\"tickers\":[\"AAPL\",\"MSFT\"]}"), w -> {});
    }

    @SuppressWarnings("unchecked")
    private static <C extends Comparable<? super C>> GeneratedStream<Object, Object, Object, C, Object> chosen(
            GeneratedStream<Object, Object, Object, ?, Object> stream, String field) {
        GeneratedStream<Object, Object, Object, ?, Object> chosen = stream.withCursor(field);
        assertTrue(chosen != null, field + " is a choice");
        return (GeneratedStream<Object, Object, Object, C, Object>) chosen;
    }

    private static Object first(CloseableIterator<Object> records) throws Exception {
        try (records) {
            return records.next();
        }
    }

    private static String note(CloseableIterator<Object> records) throws Exception {
        return (String) Compiled.get(first(records), "note");
    }
}
