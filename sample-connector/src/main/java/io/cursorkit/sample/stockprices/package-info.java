/**
 * source-stock-prices: the cursorkit sample connector. It syncs stock prices, trades and tickers
 * from a SQL database over JDBC (SQLite or PostgreSQL), incrementally, and uses every cursorkit
 * annotation.
 *
 * <ul>
 *   <li>{@link io.cursorkit.sample.stockprices.StockPricesConfig}: the {@code @Connector} type,
 *       with a {@code @Secret} password and a {@code check()};
 *   <li>{@link io.cursorkit.sample.stockprices.StockPrices}: a {@code @Slices} stream, one query
 *       per calendar month, cursor {@code date};
 *   <li>{@link io.cursorkit.sample.stockprices.Trades}: a sorted stream with {@code
 *       @CheckpointInterval}, cursor {@code updated_at};
 *   <li>{@link io.cursorkit.sample.stockprices.Tickers}: a full refresh stream resumable by its
 *       primary key ({@code @ResumableFullRefresh}), the ticker symbol.
 * </ul>
 *
 * <p>The build generates {@code SourceStockPricesMain} in this package; {@code java -jar
 * target/source-stock-prices.jar spec} runs it.
 */
package io.cursorkit.sample.stockprices;
