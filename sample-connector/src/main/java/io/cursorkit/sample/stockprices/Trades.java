package io.cursorkit.sample.stockprices;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.CursorWindow;
import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.jdbc.Database;
import io.cursorkit.sample.stockprices.jdbc.Query;
import io.cursorkit.sample.stockprices.jdbc.Row;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code trades} stream, incremental on {@code updated_at}, with a cursor per ticker (the
 * tickers are its partitions, as for {@code stock_prices}): a ticker added to the config later gets
 * its trades from {@code start_date}.
 *
 * <p>The query orders a ticker's trades by {@code updated_at, id}, so the stream declares ascending
 * cursor order with {@code @CheckpointInterval}: the runtime emits a state every 1,000 trades, and
 * a sync that stops half way resumes from the last one. Many trades share an {@code updated_at}; the state records
 * which of them were already emitted, and the query reads from {@code since} inclusive, so a trade
 * written later with that same timestamp is still synced.
 *
 * <p>{@code @CursorWindow} binds the config: the first sync starts at {@code start_date}, and each
 * sync re-reads {@code lookback_window} behind a ticker's cursor, so a trade committed late with an
 * older {@code updated_at} is still synced (trades already synced are left out by the runtime).
 */
@Stream(name = "trades", primaryKey = "id")
@CheckpointInterval(1000)
@CursorWindow(start = "start_date", lookback = "lookback_window")
public final class Trades {
    private final Database database;
    private final TickerFilter tickers;
    private final Query query;

    public Trades(StockPricesConfig config) throws ConfigException {
        this.database = Database.from(config);
        this.tickers = TickerFilter.from(config);
        this.query = new Query(
                "trades",
                List.of("id"),
                "SELECT id, stock_ticker, side, quantity, price, updated_at FROM trades"
                        + " WHERE stock_ticker = ? AND updated_at >= ? ORDER BY updated_at, id");
    }

    /** The tickers of the config, or every ticker of the database when the config lists none. */
    @Partitions
    public List<String> tickers() throws ConfigException, SQLException {
        return tickers.partitions(database);
    }

    /**
     * One ticker's trades written at or after {@code since}: this ticker's cursor less the lookback,
     * never before start_date (the window's start, also for a ticker the state does not know), oldest
     * first.
     */
    public Iterator<Trade> read(String ticker, OffsetDateTime since) throws ConfigException, SQLException {
        return query.open(database, params -> params.string(ticker).timestamp(since), Trades::map);
    }

    private static Trade map(Row row) throws SQLException {
        String side = row.string("side");
        Side parsed;
        try {
            parsed = Side.valueOf(side);
        } catch (IllegalArgumentException e) {
            throw row.invalid("side", "holds \"" + side + "\"; it must be BUY or SELL");
        }
        return new Trade(
                row.longValue("id"),
                row.string("stock_ticker"),
                parsed,
                row.longValue("quantity"),
                row.doubleValue("price"),
                row.timestamp("updated_at"));
    }
}
