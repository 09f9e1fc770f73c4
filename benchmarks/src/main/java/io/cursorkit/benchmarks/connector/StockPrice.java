package io.cursorkit.benchmarks.connector;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.CursorField;

/**
 * One daily stock price: the 7-field record every benchmarked program writes. The connector's
 * generated writer and the baselines all serialize instances of this one type.
 *
 * @param date the trading day, an ISO date string ({@code 2000-01-01}); the cursor
 * @param stockTicker the ticker symbol, {@code stock_ticker} in JSON
 * @param open opening price
 * @param high highest price of the day
 * @param low lowest price of the day
 * @param close closing price
 * @param volume shares traded
 */
public record StockPrice(
        @CursorField String date,
        @JsonProperty("stock_ticker") String stockTicker,
        double open,
        double high,
        double low,
        double close,
        long volume) {}
