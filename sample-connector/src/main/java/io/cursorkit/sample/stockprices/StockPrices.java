package io.cursorkit.sample.stockprices;

import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.jdbc.Database;
import io.cursorkit.sample.stockprices.jdbc.Query;
import io.cursorkit.sample.stockprices.jdbc.Row;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code stock_prices} stream: daily prices, synced one calendar month at a time.
 *
 * <p>Each month is a slice: one query with the month's window bound as parameters. The runtime
 * emits a state after every completed month, so a sync that fails in May starts again at May,
 * not at January. Records are not declared sorted (no {@code @CheckpointInterval}): within a
 * month the state does not move, and the cursor advances to the highest date when the stream
 * ends.
 */
@Stream(
        name = "stock_prices",
        primaryKey = {"stock_ticker", "date"})
public final class StockPrices {
    private final Database database;
    private final Query query;
    private final LocalDate startDate;
    private final TickerFilter tickers;
    /** Fixed when the sync starts, so that the slices are the same however long it runs. */
    private final LocalDate today;

    public StockPrices(StockPricesConfig config) throws ConfigException {
        this.database = Database.from(config);
        this.startDate = config.startDate();
        this.tickers = TickerFilter.from(config);
        this.query = new Query(
                "stock_prices",
                List.of("stock_ticker", "date"),
                "SELECT stock_ticker, date, open, high, low, close, volume FROM stock_prices"
                        + " WHERE date >= ? AND date < ?" + tickers.sql("stock_ticker")
                        + " ORDER BY date, stock_ticker");
        this.today = LocalDate.now(ZoneOffset.UTC);
    }

    /**
     * The calendar months from {@code max(start_date, since)} to today. The month of {@code since}
     * is read again: rows dated {@code since} may have been added after the last sync.
     */
    @Slices
    public List<YearMonth> months(LocalDate since) {
        LocalDate from = since != null && since.isAfter(startDate) ? since : startDate;
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(today); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** One month's prices, from {@code max(month start, start_date, since)} to the month's end or today. */
    public Iterator<StockPrice> read(YearMonth month, LocalDate since) throws ConfigException, SQLException {
        LocalDate from = latest(month.atDay(1), startDate, since);
        LocalDate nextMonth = month.plusMonths(1).atDay(1);
        LocalDate until = nextMonth.isAfter(today) ? today.plusDays(1) : nextMonth;
        return query.open(
                database,
                params -> {
                    params.date(from).date(until);
                    tickers.bind(params);
                },
                StockPrices::map);
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

    private static LocalDate latest(LocalDate first, LocalDate second, LocalDate maybeNull) {
        LocalDate latest = first.isAfter(second) ? first : second;
        return maybeNull != null && maybeNull.isAfter(latest) ? maybeNull : latest;
    }
}
