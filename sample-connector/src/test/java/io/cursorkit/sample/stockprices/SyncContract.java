package io.cursorkit.sample.stockprices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.sample.stockprices.demo.DemoData;
import io.cursorkit.testkit.ConfiguredCatalogBuilder;
import io.cursorkit.testkit.ConnectorProcess;
import io.cursorkit.testkit.ConnectorRun;
import io.cursorkit.testkit.ResumeChecker;
import io.cursorkit.testkit.ResumeReport;
import io.cursorkit.testkit.SyncMode;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connector's sync behaviour against a real database, run as a process the way Airbyte runs it
 * and checked line by line against the protocol. Subclasses name the database.
 */
abstract class SyncContract {
    static final ConnectorProcess CONNECTOR = ConnectorProcess.mainClass(
            System.getProperty("connector.mainClass", "io.cursorkit.sample.stockprices.SourceStockPricesMain"));

    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    final LocalDate first = today.minusMonths(2).withDayOfMonth(1);

    TestDatabase database;
    DemoData.Rows rows;
    ObjectNode config;
    JsonNode catalog;

    /** A new, empty database of the kind under test. */
    abstract TestDatabase newDatabase() throws Exception;

    @BeforeEach
    void fill() throws Exception {
        database = newDatabase();
        rows = database.fill(first, today);
        config = database.config(first);
        catalog = ConfiguredCatalogBuilder.from(discovered()).build();
    }

    @AfterEach
    void drop() throws Exception {
        if (database != null) { // null when the database kind is not available and the test was skipped
            database.close();
        }
    }

    @Test
    void newRowsTiesAtTheSavedCursorAndUpdatedRowsAreSyncedOnceWithNothingLost() throws Exception {
        ConnectorRun initial = read(catalog, null).assertSucceeded();
        assertEquals(rows.prices().size(), initial.records("stock_prices").size());
        assertEquals(rows.trades().size(), initial.records("trades").size());
        assertEquals(DemoData.TICKERS.size(), initial.records("tickers").size());
        LocalDate lastDay = rows.prices().stream()
                .map(StockPrice::date)
                .max(LocalDate::compareTo)
                .orElseThrow();
        assertEquals(lastDay.toString(), cursor(initial, "stock_prices", "date"));
        OffsetDateTime lastUpdate = rows.trades().get(rows.trades().size() - 1).updatedAt();
        // trades keep a cursor per ticker; the stream's cursor is the lowest of them
        OffsetDateTime lowestLastUpdate = rows.trades().stream()
                .collect(Collectors.toMap(Trade::stockTicker, Trade::updatedAt, (a, b) -> a.isAfter(b) ? a : b))
                .values()
                .stream()
                .min(OffsetDateTime::compareTo)
                .orElseThrow();
        assertTrue(lowestLastUpdate.isEqual(OffsetDateTime.parse(cursor(initial, "trades", "updated_at"))));

        DemoData.Added added;
        try (Connection connection = database.connect()) {
            added = DemoData.addRows(connection, database.dialect);
        }
        assertEquals(lastDay, added.pricesAt(), "add-rows adds a price at the saved cursor");
        assertTrue(added.newTrades().get(0).updatedAt().isEqual(lastUpdate), "and trades at the saved cursor");

        ConnectorRun next = read(catalog, initial.lastState()).assertSucceeded();
        assertEquals(
                List.of("TSLA " + lastDay),
                next.records("stock_prices").stream()
                        .map(SyncContract::priceKey)
                        .toList(),
                "only the new price, on the saved cursor's day, and none already synced");
        Set<Long> expectedTrades = added.newTrades().stream().map(Trade::id).collect(Collectors.toSet());
        expectedTrades.add(added.amended().id());
        assertEquals(new TreeSet<>(expectedTrades), new TreeSet<>(ids(next.records("trades"))));
        JsonNode amended = next.records("trades").stream()
                .filter(trade -> trade.path("id").asLong() == added.amended().id())
                .findFirst()
                .orElseThrow();
        assertEquals(added.amended().quantity(), amended.path("quantity").asLong());
        assertTrue(added.amended()
                .updatedAt()
                .isEqual(OffsetDateTime.parse(amended.path("updated_at").asText())));
        assertTrue(added.amended()
                .updatedAt()
                .isEqual(OffsetDateTime.parse(
                        partitionCursor(next, "trades", added.amended().stockTicker()))));
        assertEquals(DemoData.TICKERS.size() + 1, next.records("tickers").size(), "tickers: full refresh");

        ConnectorRun again = read(catalog, next.lastState()).assertSucceeded();
        assertEquals(0, again.records("stock_prices").size(), "nothing new: nothing synced twice");
        assertEquals(0, again.records("trades").size(), "nothing new: nothing synced twice");
    }

    @Test
    void aSyncThatFailsInTheMiddleOfATickerResumesThatTickerWithoutLoss() throws Exception {
        // MSFT is the fourth ticker: the checkpoint after 100 prices lies beyond AAPL's last one
        LocalDate badDay = weekdayFrom(YearMonth.from(first).plusMonths(1).atDay(15));
        String where = " WHERE stock_ticker = 'MSFT' AND date = '" + badDay + "'";
        database.execute("UPDATE stock_prices SET close = NULL" + where);
        JsonNode prices =
                ConfiguredCatalogBuilder.from(discovered()).only("stock_prices").build();

        ConnectorRun failed = read(prices, null);
        JsonNode error = failed.assertFailedWith("system_error");
        assertTrue(error.path("message").asText().contains("MSFT"), error::toString);
        assertTrue(error.path("message").asText().contains("close"), error::toString);
        assertTrue(
                failed.records("stock_prices").stream()
                        .anyMatch(r -> r.path("stock_ticker").asText().equals("MSFT")),
                "the sync failed in the middle of MSFT, after some of its records");

        database.execute("UPDATE stock_prices SET close = 123.45" + where);
        ConnectorRun resumed = read(prices, failed.lastState()).assertSucceeded();
        assertTrue(
                resumed.records("stock_prices").stream()
                        .noneMatch(r -> r.path("stock_ticker").asText().equals("AAPL")),
                "AAPL, completed before the last checkpoint, is not read again");
        Set<String> synced = new HashSet<>();
        failed.records("stock_prices").forEach(r -> synced.add(priceKey(r)));
        resumed.records("stock_prices").forEach(r -> synced.add(priceKey(r)));
        Set<String> all = rows.prices().stream()
                .map(p -> p.stockTicker() + " " + p.date())
                .collect(Collectors.toSet());
        assertEquals(all, synced, "every price synced by one of the two runs");
        assertTrue(resumed.records("stock_prices").stream()
                .anyMatch(r ->
                        priceKey(r).equals("MSFT " + badDay) && r.path("close").asDouble() == 123.45));
    }

    /**
     * Issue 11: a sync with one ticker, then a sync from its state with a second one. The second
     * ticker is a new partition, so its whole history comes, prices and trades alike.
     */
    @Test
    void aTickerAddedToTheConfigLaterGetsItsWholeHistory() throws Exception {
        config.putArray("tickers").add("AAPL");
        ConnectorRun first = read(catalog, null).assertSucceeded();
        config.putArray("tickers").add("AAPL").add("MSFT");
        ConnectorRun second = read(catalog, first.lastState()).assertSucceeded();
        assertEquals(
                rows.prices().stream()
                        .filter(p -> p.stockTicker().equals("MSFT"))
                        .map(p -> p.stockTicker() + " " + p.date())
                        .collect(Collectors.toSet()),
                second.records("stock_prices").stream()
                        .map(SyncContract::priceKey)
                        .collect(Collectors.toSet()),
                "every MSFT price and no AAPL price");
        assertEquals(
                rows.trades().stream()
                        .filter(t -> t.stockTicker().equals("MSFT"))
                        .map(Trade::id)
                        .collect(Collectors.toSet()),
                new HashSet<>(ids(second.records("trades"))),
                "every MSFT trade and no AAPL trade");
    }

    @Test
    void aSortedStreamThatFailsAfterACheckpointResumesFromItWithoutLoss() throws Exception {
        // after the first checkpoint (1,000 trades), before the end (the demo data holds over 1,400)
        // the 1,201st trade in the order they are read: by ticker, then updated_at and id
        long badId = rows.trades().stream()
                .sorted(java.util.Comparator.comparing(Trade::stockTicker)
                        .thenComparing(Trade::updatedAt)
                        .thenComparing(Trade::id))
                .toList()
                .get(1_200)
                .id();
        database.execute("UPDATE trades SET side = 'HOLD' WHERE id = " + badId);
        JsonNode trades =
                ConfiguredCatalogBuilder.from(discovered()).only("trades").build();

        ConnectorRun failed = read(trades, null);
        JsonNode error = failed.assertFailedWith("system_error");
        assertTrue(error.path("message").asText().contains("HOLD"), error::toString);
        int before = failed.records("trades").size();

        database.execute("UPDATE trades SET side = 'BUY' WHERE id = " + badId);
        ConnectorRun resumed = read(trades, failed.lastState()).assertSucceeded();
        Set<Long> synced = new HashSet<>(ids(failed.records("trades")));
        synced.addAll(ids(resumed.records("trades")));
        assertEquals(rows.trades().stream().map(Trade::id).collect(Collectors.toSet()), synced);
        assertTrue(
                resumed.records("trades").size() < rows.trades().size(),
                "resumed from a checkpoint, not from the start (" + before + " synced before the failure)");
    }

    /**
     * Killed with SIGKILL at checkpoints and at random lines, and resumed from what a destination
     * committed each time, the connector loses nothing and commits nothing twice. (Few scenarios:
     * each kill is a JVM start; the testkit's seed is in any failure message, to replay it.)
     */
    @Test
    void syncsKilledAtAnyPointResumeWithoutLossOrCommittedDuplicates() {
        ResumeReport report = ResumeChecker.of(CONNECTOR, config, catalog)
                .checkpointKills(2)
                .randomKills(1)
                .killsPerScenario(2)
                .check();
        assertEquals(0, report.maxCommittedDuplicates("trades"), report::toString);
        assertEquals(0, report.maxCommittedDuplicates("stock_prices"), report::toString);
        assertTrue(
                report.maxUncommitted("trades") <= 1_000,
                "a kill costs at most one checkpoint interval of trades: " + report);
    }

    /** The same with concurrency 4: tickers and streams side by side, still nothing lost or committed twice. */
    @Test
    void concurrentSyncsKilledAtAnyPointResumeWithoutLossOrCommittedDuplicates() {
        ObjectNode concurrent = config.deepCopy().put("concurrency", 4);
        ConnectorRun whole =
                CONNECTOR.read(concurrent, catalog).assertValidProtocol().assertSucceeded();
        assertEquals(rows.trades().size(), whole.records("trades").size());
        assertEquals(rows.prices().size(), whole.records("stock_prices").size());
        ResumeReport report = ResumeChecker.of(CONNECTOR, concurrent, catalog)
                .checkpointKills(2)
                .randomKills(1)
                .killsPerScenario(2)
                .check();
        assertEquals(0, report.maxCommittedDuplicates("trades"), report::toString);
        assertEquals(0, report.maxCommittedDuplicates("stock_prices"), report::toString);
        assertTrue(
                report.maxUncommitted("trades") <= 4 * 1_000,
                "a kill costs at most one checkpoint interval per ticker read at once: " + report);
    }

    @Test
    void tickersAreSyncedWholeOnEverySync() throws Exception {
        JsonNode tickers = ConfiguredCatalogBuilder.from(discovered())
                .only("tickers")
                .mode("tickers", SyncMode.FULL_REFRESH)
                .build();
        ConnectorRun first = read(tickers, null).assertSucceeded();
        List<String> symbols =
                DemoData.TICKERS.stream().map(Ticker::symbol).sorted().toList();
        assertEquals(
                symbols,
                first.records("tickers").stream()
                        .map(t -> t.path("symbol").asText())
                        .toList());

        database.execute("INSERT INTO tickers (symbol, name, exchange) VALUES ('IBM', 'IBM', 'NYSE')");
        ConnectorRun second = read(tickers, first.lastState()).assertSucceeded();
        assertEquals(symbols.size() + 1, second.records("tickers").size());
        assertTrue(second.records("tickers").stream()
                .anyMatch(t -> t.path("symbol").asText().equals("IBM")));
    }

    /**
     * tickers is resumable by symbol: a state names the last symbol every 2 tickers, a sync resumed
     * from one reads the symbols above it, and killed at any line before it completes, a resume
     * emits again at most 2 tickers, loses none and commits none twice.
     */
    @Test
    void tickersResumeBySymbolAfterAKill() throws Exception {
        JsonNode tickers = ConfiguredCatalogBuilder.from(discovered())
                .only("tickers")
                .mode("tickers", SyncMode.FULL_REFRESH)
                .build();
        for (JsonNode stream : discovered().path("streams")) {
            if (stream.path("name").asText().equals("tickers")) {
                assertTrue(stream.path("is_resumable").asBoolean(), stream::toString);
                assertEquals(
                        "[\"full_refresh\"]",
                        stream.path("supported_sync_modes").toString());
            }
        }
        ConnectorRun full = read(tickers, null).assertSucceeded();
        List<String> states = full.states("tickers").stream()
                .map(s -> s.path("stream").path("stream_state").toString())
                .toList();
        assertEquals(
                List.of(
                        "{\"cursorkit\":{\"resume_after\":\"AMZN\"}}",
                        "{\"cursorkit\":{\"resume_after\":\"MSFT\"}}",
                        "{}"),
                states);

        ConnectorRun resumed = read(
                        tickers,
                        new ObjectMapper()
                                .createArrayNode()
                                .add(full.states("tickers").get(0)))
                .assertSucceeded();
        assertEquals(
                List.of("GOOG", "MSFT", "NVDA"),
                resumed.records("tickers").stream()
                        .map(t -> t.path("symbol").asText())
                        .toList());
        assertEquals("{}", resumed.lastStreamState("tickers").orElseThrow().toString());

        int completed = full.stdoutLines().size();
        for (int line = full.stdoutLines().size(); line >= 1; line--) {
            if (full.messages().get(line - 1).path("type").asText().equals("STATE")) {
                completed = line;
                break;
            }
        }
        ResumeChecker checker = ResumeChecker.of(CONNECTOR, config, tickers)
                .checkpointKills(0)
                .randomKills(0)
                .parallelism(2);
        for (int line = 1; line < completed; line++) {
            checker.killAt(line);
        }
        ResumeReport report = checker.check();
        assertEquals(0, report.maxCommittedDuplicates("tickers"), report::toString);
        assertTrue(report.maxReemittedPerKill("tickers") <= 2, report::toString);
    }

    @Test
    void theTickersOfTheConfigFilterEveryStream() throws Exception {
        config.putArray("tickers").add("msft").add(" AAPL ");
        ConnectorRun run = read(catalog, null).assertSucceeded();
        for (String stream : List.of("stock_prices", "trades")) {
            assertEquals(
                    Set.of("AAPL", "MSFT"),
                    run.records(stream).stream()
                            .map(r -> r.path("stock_ticker").asText())
                            .collect(Collectors.toSet()),
                    stream);
        }
        assertEquals(2, run.records("tickers").size());
    }

    @Test
    void checkSucceedsOnTheSampleTablesAndNamesAMissingTable() throws Exception {
        JsonNode status =
                CONNECTOR.check(config).assertValidProtocol().connectionStatus().orElseThrow();
        assertEquals("SUCCEEDED", status.path("status").asText(), status::toString);

        database.execute("DROP TABLE trades");
        JsonNode failed =
                CONNECTOR.check(config).assertValidProtocol().connectionStatus().orElseThrow();
        assertEquals("FAILED", failed.path("status").asText(), failed::toString);
        assertTrue(failed.path("message").asText().contains("trades"), failed::toString);
    }

    private static JsonNode discovered;

    /** The discovered catalog; the same for every database, so discovered once (a JVM start saved). */
    JsonNode discovered() {
        if (discovered == null) {
            discovered = CONNECTOR.discover(config).assertValidProtocol().catalog();
        }
        return discovered;
    }

    ConnectorRun read(JsonNode configuredCatalog, JsonNode state) {
        return CONNECTOR.read(config, configuredCatalog, state).assertValidProtocol();
    }

    static String cursor(ConnectorRun run, String stream, String field) {
        return run.lastStreamState(stream).orElseThrow().path(field).asText();
    }

    /** The cursor the last state of {@code stream} keeps for the partition {@code ticker}. */
    static String partitionCursor(ConnectorRun run, String stream, String ticker) {
        for (JsonNode partition :
                run.lastStreamState(stream).orElseThrow().path("cursorkit").path("partitions")) {
            if (partition.path("partition").asText().equals(ticker)) {
                return partition.path("cursor").asText();
            }
        }
        throw new AssertionError("no cursor for " + ticker + " in " + run.lastStreamState(stream));
    }

    static String priceKey(JsonNode price) {
        return price.path("stock_ticker").asText() + " " + price.path("date").asText();
    }

    static List<Long> ids(List<JsonNode> trades) {
        return trades.stream().map(t -> t.path("id").asLong()).toList();
    }

    static LocalDate weekdayFrom(LocalDate day) {
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
