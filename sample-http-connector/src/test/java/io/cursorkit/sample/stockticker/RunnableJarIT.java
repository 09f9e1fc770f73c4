package io.cursorkit.sample.stockticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.sample.stockticker.api.StockApiServer;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar that {@code mvn package} makes ({@code java -jar target/source-stock-ticker-api.jar})
 * holds the connector and everything it needs. Runs after {@code package}, in the integration-test
 * phase.
 */
class RunnableJarIT {
    private static final Path JAR = Path.of(System.getProperty("connector.jar", "target/source-stock-ticker-api.jar"));

    @Test
    void theJarAnswersSpecAndReadsTheApiWithTheExampleCatalog() throws Exception {
        assertTrue(Files.exists(JAR), JAR + " exists after mvn package");
        ConnectorProcess jar = ConnectorProcess.jar(JAR);
        JsonNode spec =
                jar.spec().assertValidProtocol().assertSucceeded().spec().orElseThrow();
        assertTrue(spec.path("connectionSpecification").path("properties").has("api_key"));
        try (StockApiServer api = StockTickerConnectorTest.flakyServer()) {
            JsonNode catalog =
                    StockTickerConnectorTest.JSON.readTree(Path.of(System.getProperty("sample.examplesDir", "examples"))
                            .resolve("configured_catalog.json")
                            .toFile());
            ConnectorRun run = jar.read(StockTickerConnectorTest.config(api, StockTickerConnectorTest.TICKERS), catalog)
                    .assertValidProtocol()
                    .assertSucceeded();
            assertEquals(
                    StockTickerConnectorTest.TICKERS.size() * StockTickerConnectorTest.DAYS,
                    run.records("stock_prices").size());
            assertTrue(run.records("trades").size() > 0, run::describe);
        }
    }
}
