package io.cursorkit.sample.stockprices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar that {@code mvn package} makes ({@code java -jar target/source-stock-prices.jar})
 * holds the connector and everything it needs, the JDBC drivers included. Runs after {@code
 * package}, in the integration-test phase.
 */
class RunnableJarIT {
    private static final Path JAR = Path.of(System.getProperty("connector.jar", "target/source-stock-prices.jar"));

    @Test
    void specRunsFromTheJar() {
        assertTrue(Files.exists(JAR), JAR + " exists after mvn package");
        JsonNode spec = ConnectorProcess.jar(JAR)
                .spec()
                .assertValidProtocol()
                .assertSucceeded()
                .spec()
                .orElseThrow();
        assertTrue(spec.path("connectionSpecification").path("properties").has("start_date"));
    }

    @Test
    void theJarReadsSqliteWithTheDriverItCarries() throws Exception {
        try (TestDatabase database = TestDatabase.sqlite()) {
            LocalDate first = LocalDate.now(ZoneOffset.UTC).minusMonths(1).withDayOfMonth(1);
            database.fill(first, first.plusDays(10));
            JsonNode catalog = new ObjectMapper()
                    .readTree(Path.of(System.getProperty("sample.examplesDir", "examples"))
                            .resolve("configured_catalog.json")
                            .toFile());
            ConnectorRun run = ConnectorProcess.jar(JAR)
                    .read(database.config(first), catalog)
                    .assertValidProtocol()
                    .assertSucceeded();
            assertEquals(5, run.records("tickers").size());
            assertTrue(run.records("stock_prices").size() > 0, run::describe);
        }
    }
}
