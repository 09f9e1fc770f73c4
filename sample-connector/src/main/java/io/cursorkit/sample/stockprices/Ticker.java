package io.cursorkit.sample.stockprices;

/**
 * A listed company: a record of the {@code tickers} stream.
 *
 * @param symbol the ticker symbol, such as {@code AAPL}; the primary key
 * @param name the company's name
 * @param exchange where it is listed, such as {@code NASDAQ}
 */
public record Ticker(String symbol, String name, String exchange) {}
