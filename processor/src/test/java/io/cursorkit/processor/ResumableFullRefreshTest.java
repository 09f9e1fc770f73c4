package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValueException;
import io.cursorkit.runtime.spi.StreamInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What {@code @ResumableFullRefresh} generates: the stream's info, its key where a cursor would be,
 * {@code read(after)} receiving the key, the key in the state, and the catalog's {@code is_resumable}.
 */
class ResumableFullRefreshTest {
    private final Compiled compiled = Fixtures.resumable();
    private final GeneratedStream<Object, Object, Object, String, Object> companies =
            compiled.stream("dir.Companies_Stream");
    private final GeneratedStream<Object, Object, Object, Long, Object> employees =
            compiled.stream("dir.Employees_Stream");

    @Test
    void infoSaysResumableByItsOneKeyWithItsIntervalAndNoCursor() {
        StreamInfo info = companies.info();
        assertTrue(info.resumableFullRefresh());
        assertFalse(info.incremental());
        assertNull(info.cursorField());
        assertEquals(List.of("company_id"), info.primaryKey());
        assertEquals(2, info.checkpointInterval());
        assertFalse(info.sliced());
        assertFalse(info.partitioned());
        StreamInfo plain = compiled.stream("dir.Offices_Stream").info();
        assertFalse(plain.resumableFullRefresh(), "a full refresh stream without the annotation is as before");
        assertEquals(0, plain.checkpointInterval());
    }

    @Test
    void readReceivesTheKeyToResumeAfterAndTheKeyStandsWhereACursorWould() throws Exception {
        Object author = companies.create(null);
        List<String> ids = new ArrayList<>();
        try (CloseableIterator<Object> records = companies.read(author, null, "a")) {
            while (records.hasNext()) {
                ids.add(companies.cursor(records.next()));
            }
        }
        assertEquals(List.of("b", "c"), ids);
        try (CloseableIterator<Object> records = companies.read(author, null, null)) {
            assertEquals(3, Compiled.drain(records).size(), "null: from the beginning");
        }
    }

    @Test
    void aPrimitiveKeyIsBoxedAndAReadWithoutParameterReadsEverything() throws Exception {
        Object config = compiled.connector("dir.DirectoryConfig_Connector")
                .parseConfig(Compiled.parse("{\"region\":\"eu\"}"), w -> {});
        Object author = employees.create(config);
        List<Long> numbers = new ArrayList<>();
        try (CloseableIterator<Object> records = employees.read(author, null, 1L)) {
            while (records.hasNext()) {
                numbers.add(employees.cursor(records.next()));
            }
        }
        assertEquals(List.of(1L, 2L), numbers, "the runtime, not read, leaves out the keys up to 1");
        assertEquals(
                "[1]",
                employees.primaryKey(
                        Compiled.drain(employees.read(author, null, null)).get(0)));
    }

    @Test
    void theStateHoldsTheKeyInItsJsonFormAndRefusesAnotherType() throws Exception {
        assertEquals("\"b\"", Compiled.json(out -> companies.stateSerializer().writeCursor("b", out)));
        assertEquals("b", companies.stateSerializer().readCursor(new TextNode("b")));
        assertEquals("7", Compiled.json(out -> employees.stateSerializer().writeCursor(7L, out)));
        assertEquals(7L, employees.stateSerializer().readCursor(new IntNode(7)));
        Executable wrong = () -> companies.stateSerializer().readCursor(new IntNode(7));
        org.junit.jupiter.api.Assertions.assertThrows(JsonValueException.class, wrong);
    }

    @Test
    void theCatalogSaysResumableAndFullRefreshOnly() {
        JsonNode catalog = Compiled.parse(Sources.resource(compiled.compilation(), "META-INF/cursorkit/catalog.json"));
        for (JsonNode stream : catalog.get("streams")) {
            String name = stream.get("name").asText();
            assertEquals(Compiled.parse("[\"full_refresh\"]"), stream.get("supported_sync_modes"), name);
            assertFalse(stream.get("source_defined_cursor").asBoolean(), name);
            assertFalse(stream.has("default_cursor_field"), name);
            assertEquals(!name.equals("offices"), stream.get("is_resumable").asBoolean(), name);
        }
        JsonNode spec = Compiled.parse(Sources.resource(compiled.compilation(), "META-INF/cursorkit/spec.json"));
        assertFalse(spec.has("supportsIncremental"), "resumable is not incremental");
    }
}
