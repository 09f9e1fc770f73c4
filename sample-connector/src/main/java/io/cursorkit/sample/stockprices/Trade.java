package io.cursorkit.sample.stockprices;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.CursorField;
import java.time.OffsetDateTime;

/**
 * One trade: a record of the {@code trades} stream. Trades can be amended after the fact, which
 * moves {@code updated_at}, so an amended trade is synced again.
 *
 * @param id the trade's id, its primary key
 * @param updatedAt when the trade was last written; the stream's default cursor (the user may choose
 *     {@code id} instead: see {@link Trades.TradeCursor})
 */
public record Trade(
        long id,
        @JsonProperty("stock_ticker") String stockTicker,
        Side side,
        long quantity,
        double price,
        @CursorField @JsonProperty("updated_at") OffsetDateTime updatedAt) {}
