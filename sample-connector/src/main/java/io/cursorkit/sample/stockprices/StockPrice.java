package io.cursorkit.sample.stockprices;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.CursorField;
import java.time.LocalDate;

/**
 * One day's prices of one ticker: a record of the {@code stock_prices} stream.
 *
 * @param stockTicker the ticker symbol, such as {@code AAPL}
 * @param date the trading day; the stream's cursor
 * @param volume the number of shares traded that day
 */
public record StockPrice(
        @JsonProperty("stock_ticker") String stockTicker,
        @CursorField LocalDate date,
        double open,
        double high,
        double low,
        double close,
        long volume) {}
