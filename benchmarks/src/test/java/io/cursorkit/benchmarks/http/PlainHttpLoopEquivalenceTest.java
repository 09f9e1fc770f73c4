package io.cursorkit.benchmarks.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.sample.stockticker.api.StockApiServer;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two programs of {@code benchmarks/http.sh} write the same records: the sample HTTP connector
 * ({@code read}, stream {@code trades}) and {@link PlainHttpLoop}, against one local stock API with
 * pages of 1,000. Small data, so it is fast enough for {@code mvn verify}; the benchmark itself is
 * never run there.
 */
class PlainHttpLoopEquivalenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TICKERS = "AAPL,MSFT,GOOG,AMZN,TSLA";

    @Test
    void theConnectorAndThePlainLoopWriteTheSameRecordsInTheSameOrder() throws Exception {
        try (StockApiServer api = StockApiServer.start(StockApiServer.Options.defaults()
                .withPort(0)
                .withData(LocalDate.of(2026, 1, 1), 3, 1_000)
                .withRate(0)
                .withFailEvery(0))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long count = PlainHttpLoop.run(api.baseUrl(), StockApiServer.DEFAULT_API_KEY, TICKERS, 1_000, out);
            List<JsonNode> plain = new ArrayList<>();
            for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
                JsonNode message = JSON.readTree(line);
                if (message.path("type").asText().equals("RECORD")) {
                    plain.add(message.path("record").path("data"));
                }
            }

            ObjectNode config = JSON.createObjectNode()
                    .put("api_key", StockApiServer.DEFAULT_API_KEY)
                    .put("base_url", api.baseUrl())
                    .put("page_size", 1_000);
            List.of(TICKERS.split(",")).forEach(config.putArray("stock_tickers")::add);
            ConnectorProcess connector =
                    ConnectorProcess.mainClass("io.cursorkit.sample.stockticker.SourceStockTickerApiMain");
            JsonNode catalog = ConfiguredCatalogBuilder.from(
                            connector.discover(config).catalog())
                    .only("trades")
                    .build();
            ConnectorRun run =
                    connector.read(config, catalog).assertValidProtocol().assertSucceeded();

            List<JsonNode> written = run.records("trades");
            assertEquals(3_000, count);
            assertEquals(plain.size(), written.size(), "records written");
            for (int i = 0; i < plain.size(); i++) { // as text: the test kit reads numbers as decimals
                assertEquals(plain.get(i).toString(), written.get(i).toString(), "record " + i);
            }
        }
    }
}
