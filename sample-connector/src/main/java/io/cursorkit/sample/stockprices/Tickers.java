package io.cursorkit.sample.stockprices;

import io.cursorkit.annotations.Stream;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.jdbc.Database;
import io.cursorkit.sample.stockprices.jdbc.Query;
import io.cursorkit.sample.stockprices.jdbc.Row;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code tickers} stream: a small table read whole on every sync (full refresh). Its record
 * type has no {@code @CursorField}, so {@code read} takes no parameter.
 */
@Stream(name = "tickers", primaryKey = "symbol")
public final class Tickers {
    private final Database database;
    private final TickerFilter tickers;
    private final Query query;

    public Tickers(StockPricesConfig config) throws ConfigException {
        this.database = Database.from(config);
        this.tickers = TickerFilter.from(config);
        this.query = new Query(
                "tickers",
                List.of("symbol"),
                "SELECT symbol, name, exchange FROM tickers WHERE 1 = 1" + tickers.sql("symbol") + " ORDER BY symbol");
    }

    public Iterator<Ticker> read() throws ConfigException, SQLException {
        return query.open(database, tickers::bind, Tickers::map);
    }

    private static Ticker map(Row row) throws SQLException {
        return new Ticker(row.string("symbol"), row.string("name"), row.string("exchange"));
    }
}
