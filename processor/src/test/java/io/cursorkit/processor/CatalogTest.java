package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated {@code META-INF/cursorkit/catalog.json}: streams, sync modes and every type's schema. */
class CatalogTest {
    private static JsonNode catalog() {
        return Compiled.parse(Sources.resource(Fixtures.types().compilation(), "META-INF/cursorkit/catalog.json"));
    }

    private static JsonNode stream(String name) {
        for (JsonNode stream : catalog().get("streams")) {
            if (stream.get("name").asText().equals(name)) {
                return stream;
            }
        }
        throw new AssertionError("no stream " + name + " in " + catalog());
    }

    private static JsonNode property(String name) {
        JsonNode property = stream("everything_stream").at("/json_schema/properties/" + name);
        assertFalse(property.isMissingNode(), name + " is in the schema");
        return property;
    }

    @Test
    void streamsAreSortedByNameWithDefaultNamesInSnakeCase() {
        List<String> names = new ArrayList<>();
        catalog().get("streams").forEach(s -> names.add(s.get("name").asText()));
        assertEquals(
                List.of("by_color", "everything_stream", "plain", "since_only", "sliced_by_address", "sliced_by_month"),
                names);
    }

    @Test
    void incrementalStreamDeclaresCursorKeyAndNamespace() {
        JsonNode stream = stream("everything_stream");
        assertEquals("demo", stream.get("namespace").asText());
        assertEquals(Compiled.parse("[\"full_refresh\",\"incremental\"]"), stream.get("supported_sync_modes"));
        assertTrue(stream.get("source_defined_cursor").asBoolean());
        assertEquals(Compiled.parse("[\"id\"]"), stream.get("default_cursor_field"));
        assertEquals(
                Compiled.parse("[[\"id\"],[\"day\"],[\"color\"],[\"text\"]]"),
                stream.get("source_defined_primary_key"));
        assertTrue(stream.get("is_resumable").asBoolean());
        assertEquals(
                "http://json-schema.org/draft-07/schema#",
                stream.at("/json_schema/$schema").asText());
        assertEquals("object", stream.at("/json_schema/type").asText());
    }

    @Test
    void fullRefreshStreamHasNoCursorNorKeyNorNamespace() {
        JsonNode stream = stream("sliced_by_address");
        assertEquals(Compiled.parse("[\"full_refresh\"]"), stream.get("supported_sync_modes"));
        assertFalse(stream.get("source_defined_cursor").asBoolean());
        assertFalse(stream.get("is_resumable").asBoolean());
        assertNull(stream.get("default_cursor_field"));
        assertNull(stream.get("source_defined_primary_key"));
        assertNull(stream.get("namespace"));
    }

    @Test
    void scalarTypesFollowTheTypesTable() {
        assertSchema("id", "{\"type\":\"integer\"}");
        assertSchema("text", "{\"type\":[\"null\",\"string\"]}");
        assertSchema("letter", "{\"type\":\"string\",\"minLength\":1,\"maxLength\":1}");
        assertSchema("count", "{\"type\":\"integer\"}");
        assertSchema("small", "{\"type\":\"integer\"}");
        assertSchema("tiny", "{\"type\":\"integer\"}");
        assertSchema("big", "{\"type\":[\"null\",\"integer\"]}");
        assertSchema("ratio", "{\"type\":\"number\"}");
        assertSchema("amount", "{\"type\":\"number\"}");
        assertSchema("exact", "{\"type\":[\"null\",\"number\"]}");
        assertSchema("flag", "{\"type\":\"boolean\"}");
        assertSchema("boxedCount", "{\"type\":[\"null\",\"integer\"]}");
        assertSchema("boxedFlag", "{\"type\":[\"null\",\"boolean\"]}");
    }

    @Test
    void datesAndTimesCarryFormatAndAirbyteType() {
        assertSchema("day", "{\"type\":[\"null\",\"string\"],\"format\":\"date\"}");
        assertSchema(
                "localTime",
                "{\"type\":[\"null\",\"string\"],\"format\":\"date-time\","
                        + "\"airbyte_type\":\"timestamp_without_timezone\"}");
        for (String name : List.of("offsetTime", "zonedTime", "instant")) {
            assertSchema(
                    name,
                    "{\"type\":[\"null\",\"string\"],\"format\":\"date-time\","
                            + "\"airbyte_type\":\"timestamp_with_timezone\"}");
        }
    }

    @Test
    void enumsListTheirConstantsAndNullWhenNullable() {
        assertSchema("color", "{\"type\":[\"null\",\"string\"],\"enum\":[\"RED\",\"GREEN\",\"BLUE\",null]}");
    }

    @Test
    void collectionsArraysAndMaps() {
        assertSchema("tags", "{\"type\":[\"null\",\"array\"],\"items\":{\"type\":[\"null\",\"string\"]}}");
        assertSchema("numbers", "{\"type\":[\"null\",\"array\"],\"items\":{\"type\":[\"null\",\"integer\"]}}");
        assertSchema("values", "{\"type\":[\"null\",\"array\"],\"items\":{\"type\":\"number\"}}");
        assertSchema(
                "counts",
                "{\"type\":[\"null\",\"object\"],\"additionalProperties\":{\"type\":[\"null\",\"integer\"]}}");
    }

    @Test
    void nestedRecordsAndBeansAreObjectsWithProperties() {
        String address = "{\"type\":[\"null\",\"object\"],\"properties\":{\"street\":{\"type\":[\"null\",\"string\"]},"
                + "\"zip_code\":{\"type\":\"integer\"}}}";
        assertSchema("address", address);
        assertSchema(
                "person",
                "{\"type\":[\"null\",\"object\"],\"properties\":{\"full_name\":{\"type\":[\"null\",\"string\"],\"description\":\"Given and family name.\"},"
                        + "\"years\":{\"type\":\"integer\"},\"active\":{\"type\":\"boolean\"}}}");
        assertSchema("history", "{\"type\":[\"null\",\"array\"],\"items\":" + address + "}");
    }

    @Test
    void jsonPropertyRenamesAndJsonIgnoreHides() {
        assertSchema("renamed_field", "{\"type\":[\"null\",\"string\"]}");
        JsonNode properties = stream("everything_stream").at("/json_schema/properties");
        assertNull(properties.get("renamed"));
        assertNull(properties.get("hidden"));
        assertEquals(27, properties.size(), "every component but the ignored one");
    }

    @Test
    void catalogConstantIsTheSameJsonOnOneLine() throws Exception {
        String constant = (String) Fixtures.types()
                .type("types.AllConfig_Connector")
                .getField("CATALOG_JSON")
                .get(null);
        assertFalse(constant.contains("\n"));
        assertEquals(catalog(), Compiled.parse(constant));
        String file = Sources.resource(Fixtures.types().compilation(), "META-INF/cursorkit/catalog.json");
        assertTrue(file.lines().count() > 1, "the file is pretty printed");
    }

    private static void assertSchema(String property, String expected) {
        assertEquals(Compiled.parse(expected), property(property), property);
    }
}
