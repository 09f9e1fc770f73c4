package io.cursorkit.sample.stockticker;

import io.cursorkit.annotations.CursorField;
import java.time.LocalDate;

/**
 * One day's prices of one ticker, as the API's chart endpoint gives it and as the {@code
 * stock_prices} stream writes it.
 *
 * @param ticker the ticker symbol, such as {@code AAPL}
 * @param date the trading day; the stream's cursor
 * @param volume the number of shares traded that day
 */
public record StockPrice(
        String ticker, @CursorField LocalDate date, double open, double high, double low, double close, long volume) {}
