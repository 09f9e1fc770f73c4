package io.cursorkit.sample.stockticker;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.CursorField;
import java.time.OffsetDateTime;

/**
 * One trade, as the API's {@code /trades} endpoint gives it and as the {@code trades} stream
 * writes it.
 *
 * @param id the trade's id, its primary key
 * @param updatedAt when the API last wrote the trade (UTC); the stream's cursor. Several trades
 *     share one value.
 */
public record Trade(
        long id,
        String ticker,
        Side side,
        long quantity,
        double price,
        @CursorField @JsonProperty("updated_at") OffsetDateTime updatedAt) {}
