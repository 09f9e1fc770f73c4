package io.cursorkit.sample.stockprices;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.ResumableFullRefresh;
import io.cursorkit.annotations.Stream;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.jdbc.Database;
import io.cursorkit.sample.stockprices.jdbc.Query;
import io.cursorkit.sample.stockprices.jdbc.Row;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code tickers} stream: a table read whole on every sync (full refresh), resumable by symbol.
 * Its record type has no {@code @CursorField}, but its rows come sorted by their primary key, so
 * the stream is {@code @ResumableFullRefresh}: a state names the last symbol every 2 rows, and a
 * sync that dies half way resumes after that symbol ({@code WHERE symbol > ?}) instead of reading
 * the table again; once the stream completes its state is {@code {}} and the next sync reads
 * every ticker. (2 rows suit the demo's handful of tickers; a large table would take thousands.)
 *
 * <p>Symbols are compared and sorted by their bytes, the order of Java's {@code String.compareTo}
 * that the runtime checks, whatever the database's collation.
 */
@Stream(name = "tickers", primaryKey = "symbol")
@CheckpointInterval(2)
@ResumableFullRefresh
public final class Tickers {
    private final Database database;
    private final TickerFilter tickers;
    private final Query all;
    private final Query after;

    public Tickers(StockPricesConfig config) throws ConfigException {
        this.database = Database.from(config);
        this.tickers = TickerFilter.from(config);
        String symbol = database.dialect().inByteOrder("symbol");
        String select = "SELECT symbol, name, exchange FROM tickers WHERE 1 = 1" + tickers.sql("symbol");
        this.all = new Query("tickers", List.of("symbol"), select + " ORDER BY " + symbol);
        this.after = new Query("tickers", List.of("symbol"), select + " AND " + symbol + " > ? ORDER BY " + symbol);
    }

    /** The tickers whose symbol is above {@code after} (all when null: a sync from the start), by symbol. */
    public Iterator<Ticker> read(String after) throws ConfigException, SQLException {
        if (after == null) {
            return all.open(database, tickers::bind, Tickers::map);
        }
        return this.after.open(
                database,
                params -> {
                    tickers.bind(params);
                    params.string(after);
                },
                Tickers::map);
    }

    private static Ticker map(Row row) throws SQLException {
        return new Ticker(row.string("symbol"), row.string("name"), row.string("exchange"));
    }
}
