package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.NoCursor;
import io.cursorkit.runtime.spi.OwnedState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code _OwnedState} of a stream with {@code @StreamState}, {@code @Slices} and a chain
 * of migrations (a legacy record, version 1, a bare value, version 2, current version 3): the calls
 * that pass the state, the JSON written, the migrations applied in order, and the messages of a state
 * of the wrong shape.
 */
class OwnedStateTest {
    private static final Compiled OWNED = Compiled.of(
            "cases/owned",
            "DeltaConfig.java",
            "Change.java",
            "Delta.java",
            "DeltaV1.java",
            "DeltaV2.java",
            "LegacyDelta.java",
            "Changes.java");

    private final GeneratedStream<Object, Object, Object, NoCursor, Object> changes =
            OWNED.stream("owned.Changes_Stream");

    @SuppressWarnings("unchecked")
    private OwnedState<Object, Object, Object, Object> owned() {
        return (OwnedState<Object, Object, Object, Object>) changes.ownedState();
    }

    @Test
    void theStreamOwnsItsStateAndHasNoCursor() {
        assertNull(changes.info().cursorField());
        assertEquals(2, changes.info().checkpointInterval());
        assertTrue(changes.info().sliced());
        assertEquals(3, owned().version());
    }

    @Test
    void readAndSlicesGetTheStateAndTheStreamReportsItsNewOne() throws Exception {
        Object author = changes.create(config());
        Object input =
                owned().decode(Compiled.parse("{\"links\": {\"a\": \"old\"}, \"cursorkit\": {\"version\": 3}}"), 3);
        assertEquals(List.of("a", "b", "since:1"), owned().slices(author, input));
        try (CloseableIterator<Object> records = owned().read(author, "b", input)) {
            assertEquals(1, Compiled.drain(records).size());
        }
        String written = Compiled.json(out -> {
            out.writeStartObject();
            owned().write(owned().current(author), out);
            out.writeEndObject();
        });
        assertEquals("{\"links\":{\"a\":\"old\",\"b\":\"link-after-b\"},\"written_at\":null,\"pending\":[]}", written);
    }

    @Test
    void aFullRefreshReadGetsNoState() throws Exception {
        Object author = changes.create(config());
        assertEquals(List.of("a", "b"), changes.slices(author, null));
    }

    @Test
    void migrationsRunInOrderFromEachOlderVersion() throws Exception {
        assertEquals("{*=L0}", links(owned().decode(Compiled.parse("{\"deltaLink\": \"L0\"}"), 0)));
        assertEquals("{*=L1}", links(owned().decode(Compiled.parse("{\"link\": \"L1\"}"), 1)));
        assertEquals("{x=L2}", links(owned().decode(Compiled.parse("{\"links\": {\"x\": \"L2\"}}"), 2)));
        assertEquals("{*=bare}", links(owned().decode(Compiled.parse("\"bare\""), 0)));
    }

    @Test
    void aStateOfTheWrongShapeNamesThePropertyAndTheExpectedType() {
        ConfigException missing =
                assertThrows(ConfigException.class, () -> owned().decode(Compiled.parse("{\"links\": null}"), 3));
        assertEquals(
                "property 'links' is null: expected an object whose values are each a string", missing.getMessage());
        ConfigException nested = assertThrows(ConfigException.class, () -> owned().decode(
                        Compiled.parse("{\"links\": {}, \"pending\": [{\"page\": \"two\"}]}"), 3));
        assertEquals(
                "property 'pending[0].page' is invalid: expected an integer from -2147483648 to 2147483647, found the"
                        + " string \"two\"",
                nested.getMessage());
        ConfigException legacy =
                assertThrows(ConfigException.class, () -> owned().decode(Compiled.parse("{\"delta\": \"x\"}"), 0));
        assertEquals("property 'deltaLink' is missing: expected a string", legacy.getMessage());
        ConfigException date = assertThrows(ConfigException.class, () -> owned().decode(
                        Compiled.parse("{\"links\": {}, \"written_at\": \"yesterday\"}"), 3));
        assertTrue(date.getMessage().startsWith("property 'written_at' is invalid: expected a string in date-time"));
    }

    @Test
    void theCatalogOffersIncrementalWithoutACursorField() {
        JsonNode stream = Compiled.parse(Sources.resource(OWNED.compilation(), "META-INF/cursorkit/catalog.json"))
                .path("streams")
                .get(0);
        assertEquals(
                "[\"full_refresh\",\"incremental\"]",
                stream.path("supported_sync_modes").toString());
        assertTrue(stream.path("source_defined_cursor").asBoolean());
        assertTrue(stream.path("is_resumable").asBoolean());
        assertFalse(stream.has("default_cursor_field"));
    }

    private Object config() throws Exception {
        return OWNED.connector("owned.DeltaConfig_Connector")
                .parseConfig(Compiled.parse("{\"drives\": [\"a\", \"b\"]}"), w -> {});
    }

    private static String links(Object delta) {
        return String.valueOf(Compiled.get(delta, "links"));
    }
}
