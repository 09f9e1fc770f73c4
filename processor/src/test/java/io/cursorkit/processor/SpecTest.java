package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The generated {@code META-INF/cursorkit/spec.json} (a ConnectorSpecification). */
class SpecTest {
    private static JsonNode spec(Compiled compiled) {
        return Compiled.parse(Sources.resource(compiled.compilation(), "META-INF/cursorkit/spec.json"));
    }

    private static JsonNode connection() {
        return spec(Fixtures.types()).get("connectionSpecification");
    }

    @Test
    void stockSpecHasDocumentationUrlRequiredAndSecret() {
        JsonNode spec = spec(Fixtures.stock());
        assertEquals(
                "https://example.com/docs/stock-prices",
                spec.get("documentationUrl").asText());
        assertEquals(true, spec.get("supportsIncremental").asBoolean());
        JsonNode connection = spec.get("connectionSpecification");
        assertEquals(
                "http://json-schema.org/draft-07/schema#",
                connection.get("$schema").asText());
        assertEquals("object", connection.get("type").asText());
        assertEquals(Compiled.parse("[\"start_date\"]"), connection.get("required"));
        assertEquals(
                Compiled.parse("{\"type\":\"string\",\"airbyte_secret\":true}"), connection.at("/properties/password"));
        assertEquals(
                Compiled.parse("{\"type\":\"string\",\"format\":\"date\"}"), connection.at("/properties/start_date"));
        assertEquals(Compiled.parse("{\"type\":\"string\"}"), connection.at("/properties/database_url"));
    }

    @Test
    void primitivesAndRequiredJsonPropertiesAreRequired() {
        assertEquals(Compiled.parse("[\"host\",\"port\"]"), connection().get("required"));
        assertEquals(Compiled.parse("[\"host\",\"port\"]"), connection().at("/properties/tunnel/required"));
    }

    @Test
    void configTypesUseSingleTypesNotNullableUnions() {
        JsonNode properties = connection().get("properties");
        assertEquals(Compiled.parse("{\"type\":\"integer\"}"), properties.get("port"));
        assertEquals(Compiled.parse("{\"type\":\"boolean\"}"), properties.get("ssl"));
        assertEquals(
                Compiled.parse(
                        "{\"type\":\"string\",\"format\":\"date-time\",\"airbyte_type\":\"timestamp_with_timezone\"}"),
                properties.get("since"));
        assertEquals(Compiled.parse("{\"type\":\"number\"}"), properties.get("ratio"));
        assertEquals(
                Compiled.parse("{\"type\":\"string\",\"enum\":[\"RED\",\"GREEN\",\"BLUE\"]}"), properties.get("color"));
        assertEquals(
                Compiled.parse(
                        "{\"type\":\"array\",\"items\":{\"type\":\"string\",\"enum\":[\"RED\",\"GREEN\",\"BLUE\"]}}"),
                properties.get("colors"));
        assertEquals(
                Compiled.parse("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\"}}"),
                properties.get("headers"));
        assertEquals(
                Compiled.parse("{\"type\":\"string\",\"airbyte_secret\":true}"),
                properties.at("/tunnel/properties/private_key"));
        assertNull(properties.get("ignored"));
    }

    @Test
    void jsonPropertyDescriptionBecomesTheDescription() {
        assertEquals(
                Compiled.parse(
                        "{\"type\":\"string\",\"description\":\"The database server's host name, such as db.example.com.\"}"),
                connection().at("/properties/host"));
        assertNull(connection().at("/properties/port").get("description"), "none where none is written");
    }

    @Test
    void noDocumentationUrlWhenNotGiven() {
        assertNull(spec(Fixtures.types()).get("documentationUrl"));
    }

    @Test
    void specConstantIsTheSameJsonOnOneLine() throws Exception {
        String constant = (String) Fixtures.stock()
                .type("test.StockConfig_Connector")
                .getField("SPEC_JSON")
                .get(null);
        assertFalse(constant.contains("\n"));
        assertEquals(spec(Fixtures.stock()), Compiled.parse(constant));
    }
}
