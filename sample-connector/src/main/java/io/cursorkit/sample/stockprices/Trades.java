package io.cursorkit.sample.stockprices;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.CursorOption;
import io.cursorkit.annotations.CursorWindow;
import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.jdbc.Database;
import io.cursorkit.sample.stockprices.jdbc.Query;
import io.cursorkit.sample.stockprices.jdbc.Row;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 *
 * <p>The user may choose the auto-increment {@code id} as the cursor instead ({@link TradeCursor}):
 * the seed's example of a cursor the user chooses. Then only trades with a higher id come, ordered
 * by id: cheaper on a table that is only appended to, blind to amendments. A window applies to the
 * default choice only, so with {@code id} chosen the runtime applies no {@code start_date}: the
 * {@code id} query filters on {@code updated_at >= start_date} itself, and the sync starts at the
 * same day whichever cursor the user chose ({@code lookback_window} has no meaning for ids).
 */
@Stream(name = "trades", primaryKey = "id")
@CheckpointInterval(1000)
@CursorWindow(start = "start_date", lookback = "lookback_window")
public final class Trades {
    /** The cursors the user may choose, in the configured catalog's {@code cursor_field}. */
    public sealed interface TradeCursor {
        /** When the trade was last written: amended trades come again. The default. */
        @CursorOption("updated_at")
        record UpdatedAt(OffsetDateTime since) implements TradeCursor {}

        /** The auto-increment id: new trades only. */
        @CursorOption("id")
        record Id(Long since) implements TradeCursor {}
    }

    private final Database database;
    /** start_date at midnight UTC: the {@code id} query's own start (the window's is the default's). */
    private final OffsetDateTime start;

    private final TickerFilter tickers;
    private final Query query;
    private final Query byId;

    public Trades(StockPricesConfig config) throws ConfigException {
        this.database = Database.from(config);
        this.start = config.startDate().atStartOfDay().atOffset(ZoneOffset.UTC);
        this.tickers = TickerFilter.from(config);
        this.query = new Query(
                "trades",
                List.of("id"),
                "SELECT id, stock_ticker, side, quantity, price, updated_at FROM trades"
                        + " WHERE stock_ticker = ? AND updated_at >= ? ORDER BY updated_at, id");
        this.byId = new Query(
                "trades",
                List.of("id"),
                "SELECT id, stock_ticker, side, quantity, price, updated_at FROM trades"
                        + " WHERE stock_ticker = ? AND updated_at >= ? AND id >= ? ORDER BY id");
    }

    /** The tickers of the config, or every ticker of the database when the config lists none. */
    @Partitions
    public List<String> tickers() throws ConfigException, SQLException {
        return tickers.partitions(database);
    }

    /**
     * One ticker's trades from this ticker's cursor, in the order of the cursor the user chose.
     * With {@code updated_at} (the default, which the window applies to): written at or after
     * {@code since}, this ticker's cursor less the lookback and never before start_date (also for a
     * ticker the state does not know), oldest first. With {@code id}: an id at or above the
     * ticker's {@code id} (any id when the state does not know the ticker), by id, and written at or
     * after start_date, which this query applies itself because no window applies to this choice.
     */
    public Iterator<Trade> read(String ticker, TradeCursor cursor) throws ConfigException, SQLException {
        if (cursor instanceof TradeCursor.Id id) {
            long from = id.since() != null ? id.since() : Long.MIN_VALUE;
            return byId.open(
                    database, params -> params.string(ticker).timestamp(start).number(from), Trades::map);
        }
        OffsetDateTime since = cursor instanceof TradeCursor.UpdatedAt updated ? updated.since() : null;
        // the window gives at least start_date; start covers a runtime that gives none
        OffsetDateTime from = since != null ? since : start;
        return query.open(database, params -> params.string(ticker).timestamp(from), Trades::map);
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
