package io.cursorkit.sample.stockprices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partitions of stock_prices and trades: the config's tickers, else every ticker of the database. */
class StockPricesPartitionsTest {
    @TempDir
    Path directory;

    @Test
    void theConfigsTickersInItsOrderNormalised() throws Exception {
        String url = database();
        StockPricesConfig config =
                new StockPricesConfig(url, null, null, LocalDate.of(2024, 1, 1), List.of("msft", " AAPL "), null);
        assertEquals(List.of("MSFT", "AAPL"), new StockPrices(config).tickers());
        assertEquals(List.of("MSFT", "AAPL"), new Trades(config).tickers());
    }

    @Test
    void withoutTickersInTheConfigEveryTickerOfTheDatabaseSorted() throws Exception {
        String url = database();
        StockPricesConfig config = new StockPricesConfig(url, null, null, LocalDate.of(2024, 1, 1), null, null);
        assertEquals(List.of("AAPL", "IBM", "MSFT"), new StockPrices(config).tickers());
        assertEquals(List.of("AAPL", "IBM", "MSFT"), new Trades(config).tickers());
    }

    private String database() throws Exception {
        String url = "jdbc:sqlite:" + directory.resolve("tickers-" + System.nanoTime() + ".sqlite");
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE tickers (symbol TEXT, name TEXT, exchange TEXT)");
            statement.execute("INSERT INTO tickers VALUES ('MSFT', 'm', 'X'), ('AAPL', 'a', 'X'), ('IBM', 'i', 'X')");
        }
        return url;
    }
}
