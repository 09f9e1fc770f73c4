package io.cursorkit.sample.stockprices;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.jdbc.Database;
import io.cursorkit.sample.stockprices.jdbc.Query;
import io.cursorkit.sample.stockprices.jdbc.Row;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code stock_prices} stream: daily prices, with a cursor per ticker.
 *
 * <p>The tickers are the stream's partitions ({@code @Partitions}): the runtime keeps each
 * ticker's last date in the state, and a ticker added to the config later is read from {@code
 * start_date}, not from the other tickers' cursor. Each ticker's prices come sorted by date, so the
 * stream declares {@code @CheckpointInterval}: a state every 100 prices, and a sync that stops half
 * way through a ticker resumes inside it. (The stream used to be sliced by month; a partitioned
 * stream cannot also have slices, and a cursor per ticker with a checkpoint every 100 rows resumes
 * closer to where a sync stopped than a month did.)
 */
@Stream(
        name = "stock_prices",
        primaryKey = {"stock_ticker", "date"})
@CheckpointInterval(100)
public final class StockPrices {
    private final Database database;
    private final Query query;
    private final LocalDate startDate;
    private final TickerFilter tickers;
    /** Fixed when the sync starts, so that every ticker is read up to the same day. */
    private final LocalDate today;

    public StockPrices(StockPricesConfig config) throws ConfigException {
        this.database = Database.from(config);
        this.startDate = config.startDate();
        this.tickers = TickerFilter.from(config);
        this.query = new Query(
                "stock_prices",
                List.of("stock_ticker", "date"),
                "SELECT stock_ticker, date, open, high, low, close, volume FROM stock_prices"
                        + " WHERE stock_ticker = ? AND date >= ? AND date <= ? ORDER BY date");
        this.today = LocalDate.now(ZoneOffset.UTC);
    }

    /** The tickers of the config, or every ticker of the database when the config lists none. */
    @Partitions
    public List<String> tickers() throws ConfigException, SQLException {
        return tickers.partitions(database);
    }

    /**
     * One ticker's prices from {@code max(start_date, since)} to today, by date; {@code since} is
     * this ticker's cursor (null for a ticker the state does not know), read inclusively: rows dated
     * {@code since} may have been added after the last sync.
     */
    public Iterator<StockPrice> read(String ticker, LocalDate since) throws ConfigException, SQLException {
        LocalDate from = since != null && since.isAfter(startDate) ? since : startDate;
        return query.open(database, params -> params.string(ticker).date(from).date(today), StockPrices::map);
    }

    private static StockPrice map(Row row) throws SQLException {
        return new StockPrice(
                row.string("stock_ticker"),
                row.date("date"),
                row.doubleValue("open"),
                row.doubleValue("high"),
                row.doubleValue("low"),
                row.doubleValue("close"),
                row.longValue("volume"));
    }
}
