package io.cursorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.spi.ConnectorDefinition;
import org.junit.jupiter.api.Test;

/** {@code @Connector(maxConcurrency)}: the spec's {@code concurrency} property and the definition's maximum. */
class ConcurrencyTest {
    private static final Compiled CONCURRENT = Compiled.of("cases/concurrent", "ApiConfig.java", "Items.java");

    @Test
    void theSpecGainsAnIntegerConcurrencyUpToTheDeclaredMaximum() {
        JsonNode spec = Compiled.parse(Sources.resource(CONCURRENT.compilation(), "META-INF/cursorkit/spec.json"));
        JsonNode concurrency = spec.at("/connectionSpecification/properties/concurrency");
        assertEquals("integer", concurrency.path("type").asText());
        assertEquals(1, concurrency.path("minimum").asInt());
        assertEquals(8, concurrency.path("maximum").asInt());
        assertEquals(1, concurrency.path("default").asInt());
        assertEquals(true, concurrency.path("description").asText().contains("at once"));
        assertEquals(Compiled.parse("[]"), spec.at("/connectionSpecification/required"), "never required");
    }

    @Test
    void theDefinitionTellsTheRuntimeItsMaximum() {
        ConnectorDefinition<Object> connector = CONCURRENT.connector("conc.ApiConfig_Connector");
        assertEquals(8, connector.maxConcurrency());
    }

    @Test
    void aConnectorThatDoesNotOptInHasNoConcurrencyProperty() {
        JsonNode spec =
                Compiled.parse(Sources.resource(Fixtures.stock().compilation(), "META-INF/cursorkit/spec.json"));
        assertNull(spec.get("connectionSpecification").get("properties").get("concurrency"));
    }
}
