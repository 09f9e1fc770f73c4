package io.cursorkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfiguredCatalogBuilderTest {
    private static final String DISCOVERED = "{\"streams\":["
            + "{\"name\":\"prices\",\"json_schema\":{},\"supported_sync_modes\":[\"full_refresh\",\"incremental\"],"
            + "\"source_defined_cursor\":true,\"default_cursor_field\":[\"date\"],"
            + "\"source_defined_primary_key\":[[\"ticker\"],[\"date\"]]},"
            + "{\"name\":\"events\",\"json_schema\":{},\"supported_sync_modes\":[\"full_refresh\",\"incremental\"],"
            + "\"source_defined_cursor\":true,\"default_cursor_field\":[\"at\"]},"
            + "{\"name\":\"tickers\",\"json_schema\":{},\"supported_sync_modes\":[\"full_refresh\"]}]}";

    private final JsonNode discovered = read(DISCOVERED);

    @Test
    void defaultsToIncrementalWhereSupported() {
        JsonNode catalog = ConfiguredCatalogBuilder.from(discovered).build();
        assertEquals(List.of(), AirbyteProtocol.get().validateConfiguredCatalog(catalog));
        JsonNode prices = catalog.path("streams").get(0);
        assertEquals("incremental", prices.path("sync_mode").asText());
        assertEquals("[\"date\"]", prices.path("cursor_field").toString());
        assertEquals("append_dedup", prices.path("destination_sync_mode").asText());
        assertEquals("[[\"ticker\"],[\"date\"]]", prices.path("primary_key").toString());
        JsonNode events = catalog.path("streams").get(1);
        assertEquals("append", events.path("destination_sync_mode").asText());
        JsonNode tickers = catalog.path("streams").get(2);
        assertEquals("full_refresh", tickers.path("sync_mode").asText());
        assertEquals("overwrite", tickers.path("destination_sync_mode").asText());
    }

    @Test
    void selectsStreamsAndModes() {
        JsonNode catalog = ConfiguredCatalogBuilder.from(discovered)
                .only("tickers", "prices")
                .mode("prices", SyncMode.FULL_REFRESH)
                .build();
        assertEquals(2, catalog.path("streams").size());
        assertEquals(
                "tickers",
                catalog.path("streams").get(0).path("stream").path("name").asText());
        assertEquals(
                "full_refresh", catalog.path("streams").get(1).path("sync_mode").asText());
    }

    @Test
    void misuseIsAClearError() {
        ConfiguredCatalogBuilder builder = ConfiguredCatalogBuilder.from(discovered);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> builder.only("nope"));
        assertTrue(unknown.getMessage().contains("[prices, events, tickers]"), unknown.getMessage());
        IllegalArgumentException mode =
                assertThrows(IllegalArgumentException.class, () -> builder.mode("tickers", SyncMode.INCREMENTAL));
        assertTrue(mode.getMessage().contains("does not support incremental"), mode.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfiguredCatalogBuilder.from(read("{\"streams\":1}")));
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
