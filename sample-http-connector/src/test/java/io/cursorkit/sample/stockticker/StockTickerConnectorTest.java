package io.cursorkit.sample.stockticker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.sample.stockticker.api.MarketData;
import io.cursorkit.sample.stockticker.api.StockApiServer;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.FarFutureCheck;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connector as a process, the way Airbyte runs it, against the local stock API on an ephemeral
 * port, every output line checked against the protocol. The API fails every few requests with a
 * 5xx and throttles with 429, as in the demo; the connector's retries must get through.
 */
class StockTickerConnectorTest {
    static final ConnectorProcess CONNECTOR = ConnectorProcess.mainClass(
            System.getProperty("connector.mainClass", "io.cursorkit.sample.stockticker.SourceStockTickerApiMain"));
    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    static final int DAYS = 20;
    static final int TRADES_PER_DAY = 150;
    static final List<String> TICKERS = List.of("AAPL", "MSFT", "GOOG");
    static final String KEY = "Key-Of-The-Test-7f3a";

    private static JsonNode discovered;

    StockApiServer api;
    ObjectNode config;
    JsonNode catalog;

    /**
     * A flaky server: a 5xx every 7th request, a 429 (Retry-After: 1) every 10th, and 10 requests
     * a second before its token bucket answers 429 too.
     */
    static StockApiServer flakyServer() throws Exception {
        return StockApiServer.start(StockApiServer.Options.defaults()
                .withPort(0)
                .withApiKey(KEY)
                .withData(FIRST_DAY, DAYS, TRADES_PER_DAY)
                .withRate(10)
                .withThrottleEvery(10)
                .withFailEvery(7));
    }

    static ObjectNode config(StockApiServer server, List<String> tickers) {
        ObjectNode config = JSON.createObjectNode();
        config.put("api_key", KEY);
        ArrayNode array = config.putArray("stock_tickers");
        tickers.forEach(array::add);
        config.put("base_url", server.baseUrl());
        config.put("page_size", 500);
        return config;
    }

    @BeforeAll
    static void discover() throws Exception {
        try (StockApiServer server = flakyServer()) {
            discovered = CONNECTOR
                    .discover(config(server, TICKERS))
                    .assertValidProtocol()
                    .assertSucceeded()
                    .catalog();
        }
    }

    @BeforeEach
    void start() throws Exception {
        api = flakyServer();
        config = config(api, TICKERS);
        catalog = ConfiguredCatalogBuilder.from(discovered).build();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void specCheckAndDiscoverAreValidAndTheExamplesMatchTheCatalog() throws Exception {
        JsonNode spec =
                CONNECTOR.spec().assertValidProtocol().assertSucceeded().spec().orElseThrow();
        JsonNode connection = spec.path("connectionSpecification");
        assertEquals(Set.of("api_key", "stock_tickers"), names(connection.path("required")));
        assertTrue(
                connection
                        .path("properties")
                        .path("api_key")
                        .path("airbyte_secret")
                        .asBoolean(),
                connection::toString);
        assertTrue(spec.path("supportsIncremental").asBoolean());

        JsonNode status =
                CONNECTOR.check(config).assertValidProtocol().connectionStatus().orElseThrow();
        assertEquals("SUCCEEDED", status.path("status").asText(), status::toString);

        Map<String, JsonNode> streams = new java.util.HashMap<>();
        discovered
                .path("streams")
                .forEach(stream -> streams.put(stream.path("name").asText(), stream));
        assertEquals(Set.of("stock_prices", "trades"), streams.keySet());
        assertEquals(
                "[[\"ticker\"],[\"date\"]]",
                streams.get("stock_prices").path("source_defined_primary_key").toString());
        assertEquals(
                "[\"updated_at\"]",
                streams.get("trades").path("default_cursor_field").toString());

        Path examples = Path.of(System.getProperty("sample.examplesDir", "examples"));
        JsonNode exampleCatalog =
                JSON.readTree(examples.resolve("configured_catalog.json").toFile());
        for (JsonNode configured : exampleCatalog.path("streams")) {
            String name = configured.path("stream").path("name").asText();
            assertEquals(streams.get(name), configured.path("stream"), "examples/configured_catalog.json: " + name);
            assertEquals("incremental", configured.path("sync_mode").asText(), name);
        }
        assertEquals(2, exampleCatalog.path("streams").size());
    }

    @Test
    void aFullReadIsValidCompleteAndGetsThroughTheApisFailures() {
        ConnectorRun run = CONNECTOR.read(config, catalog).assertValidProtocol().assertSucceeded();

        MarketData data = api.data();
        assertEquals(TICKERS.size() * DAYS, run.records("stock_prices").size());
        assertEquals(
                expectedPrices(data, FIRST_DAY),
                run.records("stock_prices").stream()
                        .map(StockTickerConnectorTest::priceKey)
                        .collect(Collectors.toSet()));
        List<Long> expectedTrades = new ArrayList<>();
        for (long id = 1; id <= data.tradeCount(); id++) {
            if (TICKERS.contains(MarketData.TICKERS.get(data.tradeTicker(id)))) {
                expectedTrades.add(id);
            }
        }
        assertEquals(expectedTrades, ids(run.records("trades")), "every trade of the tickers, once, in order");
        JsonNode trade = run.records("trades").get(0);
        assertEquals(
                data.trade(trade.path("id").asLong()).price(),
                trade.path("price").asDouble());
        assertEquals(data.updatedAt(data.tradeCount()).toString(), cursor(run, "trades", "updated_at"));
        assertEquals(data.lastDay().toString(), cursor(run, "stock_prices", "date"));

        assertTrue(
                run.logLines().stream().anyMatch(line -> line.contains("answered 50") && line.contains("retrying")),
                "the API's 5xx were retried: " + api.stats());
        assertTrue(api.stats().get("failed") > 0, api.stats()::toString);
    }

    @Test
    void theRuntimeDropsExactlyThePricesBelowTheStateThatTheApiSendsAnyway() {
        LocalDate since = FIRST_DAY.plusDays(12);
        JsonNode prices =
                ConfiguredCatalogBuilder.from(discovered).only("stock_prices").build();
        ArrayNode state = JSON.createArrayNode();
        ObjectNode stream = state.addObject().put("type", "STREAM").putObject("stream");
        stream.putObject("stream_descriptor").put("name", "stock_prices");
        stream.putObject("stream_state").put("date", since.toString());

        ConnectorRun run =
                CONNECTOR.read(config, prices, state).assertValidProtocol().assertSucceeded();

        // the API answered with all 20 days of each ticker, in no order; below `since`: 12 a ticker
        assertEquals(
                expectedPrices(api.data(), since),
                run.records("stock_prices").stream()
                        .map(StockTickerConnectorTest::priceKey)
                        .collect(Collectors.toSet()),
                "kept: every price at or after " + since + ", the ones equal to it included");
        assertEquals(TICKERS.size() * (DAYS - 12), run.records("stock_prices").size(), "and each once");
        List<String> dates = run.records("stock_prices").stream()
                .filter(price -> price.path("ticker").asText().equals("AAPL"))
                .map(price -> price.path("date").asText())
                .toList();
        assertNotEquals(new ArrayList<>(new TreeSet<>(dates)), dates, "the API sends them unsorted");
    }

    @Test
    void aSecondSyncGetsOnlyWhatTheApiAddedSinceTheFirst() throws Exception {
        ConnectorRun first =
                CONNECTOR.read(config, catalog).assertValidProtocol().assertSucceeded();
        long tradesBefore = api.data().tradeCount();
        api.data().addDays(1);

        ConnectorRun second = CONNECTOR
                .read(config, catalog, first.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        LocalDate newDay = api.data().lastDay();
        assertEquals(
                TICKERS.stream().map(t -> t + " " + newDay).collect(Collectors.toSet()),
                second.records("stock_prices").stream()
                        .map(StockTickerConnectorTest::priceKey)
                        .collect(Collectors.toSet()));
        assertTrue(ids(second.records("trades")).stream().allMatch(id -> id > tradesBefore), "no trade twice");
        Set<Long> all = new HashSet<>(ids(first.records("trades")));
        all.addAll(ids(second.records("trades")));
        assertEquals(first.records("trades").size() + second.records("trades").size(), all.size());
        assertFalse(second.records("trades").isEmpty());

        ConnectorRun third = CONNECTOR
                .read(config, catalog, second.lastState())
                .assertValidProtocol()
                .assertSucceeded();
        assertEquals(0, third.records().size(), "nothing new: nothing synced again");
    }

    @Test
    void aWrongApiKeyFailsCheckAndReadAsACredentialsProblemAndIsPrintedNowhere() throws Exception {
        String wrong = "Wrong-Key-Zebra-91c2";
        ObjectNode bad = config.deepCopy().put("api_key", wrong);
        JsonNode spec = CONNECTOR.spec().spec().orElseThrow();

        ConnectorRun check = CONNECTOR.check(bad).assertValidProtocol().assertNoSecretPrinted(spec, bad);
        JsonNode status = check.connectionStatus().orElseThrow();
        assertEquals("FAILED", status.path("status").asText());
        assertTrue(status.path("message").asText().contains("401"), status::toString);
        assertTrue(status.path("message").asText().contains("Check the API key"), status::toString);

        ConnectorRun read = CONNECTOR.read(bad, catalog).assertValidProtocol().assertNoSecretPrinted(spec, bad);
        JsonNode error = read.assertFailedWith("config_error");
        assertTrue(error.path("message").asText().contains("credentials"), error::toString);
        assertEquals(0, read.records().size());
        for (ConnectorRun run : List.of(check, read)) {
            assertFalse(String.join("\n", run.stdoutLines()).contains(wrong), run::describe);
            assertFalse(run.stderr().contains(wrong), run::describe);
        }
        assertTrue(api.stats().get("unauthorized") > 0);
    }

    /**
     * Killed with SIGKILL at checkpoints and at random lines while the API throws 429s and 5xx, and
     * resumed each time from what a destination committed: nothing lost, nothing committed twice.
     */
    @Test
    void syncsKilledAtAnyPointResumeWithoutLossWhileTheApiThrottlesAndFails() {
        ObjectNode all = config(api, MarketData.TICKERS); // 5 slices of prices, 3 checkpoints of trades
        ResumeReport report = ResumeChecker.of(CONNECTOR, all, catalog)
                .checkpointKills(2)
                .randomKills(1)
                .killsPerScenario(2)
                .check();
        assertEquals(0, report.maxCommittedDuplicates("trades"), report::toString);
        assertEquals(0, report.maxCommittedDuplicates("stock_prices"), report::toString);
        assertTrue(report.maxUncommitted("trades") <= 1000, report::toString);
        Map<String, Long> stats = api.stats();
        assertTrue(stats.get("failed") > 0 && stats.get("throttled") > 0, "the API failed and throttled: " + stats);
    }

    @Test
    void aStateInTheFarFutureYieldsNothing() {
        FarFutureCheck.of(CONNECTOR, config, catalog).check();
    }

    static Set<String> expectedPrices(MarketData data, LocalDate from) {
        Set<String> keys = new HashSet<>();
        for (String ticker : TICKERS) {
            for (LocalDate day = from; !day.isAfter(data.lastDay()); day = day.plusDays(1)) {
                keys.add(ticker + " " + day);
            }
        }
        return keys;
    }

    static String priceKey(JsonNode price) {
        return price.path("ticker").asText() + " " + price.path("date").asText();
    }

    static List<Long> ids(List<JsonNode> trades) {
        return trades.stream().map(t -> t.path("id").asLong()).toList();
    }

    static String cursor(ConnectorRun run, String stream, String field) {
        return run.lastStreamState(stream).orElseThrow().path(field).asText();
    }

    static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }
}
