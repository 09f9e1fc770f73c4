package io.cursorkit.sample.stockprices;

import io.cursorkit.annotations.CheckpointInterval;
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
 * The {@code trades} stream, incremental on {@code updated_at}.
 *
 * <p>The query orders by {@code updated_at, id}, so the stream declares ascending cursor order with
 * {@code @CheckpointInterval}: the runtime emits a state every 1,000 trades, and a sync that stops
 * half way resumes from the last one. Many trades share an {@code updated_at}; the state records
 * which of them were already emitted, and the query reads from {@code since} inclusive, so a trade
 * written later with that same timestamp is still synced.
 */
@Stream(name = "trades", primaryKey = "id")
@CheckpointInterval(1000)
public final class Trades {
    private final Database database;
    private final OffsetDateTime start;
    private final TickerFilter tickers;
    private final Query query;

    public Trades(StockPricesConfig config) throws ConfigException {
        this.database = Database.from(config);
        this.start = config.startDate().atStartOfDay().atOffset(ZoneOffset.UTC);
        this.tickers = TickerFilter.from(config);
        this.query = new Query(
                "trades",
                List.of("id"),
                "SELECT id, stock_ticker, side, quantity, price, updated_at FROM trades"
                        + " WHERE updated_at >= ?" + tickers.sql("stock_ticker")
                        + " ORDER BY updated_at, id");
    }

    /** The trades written at or after {@code since} (or start_date on a first sync), oldest first. */
    public Iterator<Trade> read(OffsetDateTime since) throws ConfigException, SQLException {
        OffsetDateTime from = since != null && since.isAfter(start) ? since : start;
        return query.open(
                database,
                params -> {
                    params.timestamp(from);
                    tickers.bind(params);
                },
                Trades::map);
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
