/**
 * source-stock-ticker-api: the connector of the tutorial "Adding Incremental Sync to a Source",
 * written with cursorkit and cursorkit-http.
 *
 * <ul>
 *   <li>{@link io.cursorkit.sample.stockticker.StockTickerConfig}: the {@code @Connector} type, a
 *       {@code @Secret} API key and a {@code check()} that asks the API;
 *   <li>{@link io.cursorkit.sample.stockticker.StockPrices}: an endpoint that cannot filter and
 *       answers unsorted; the runtime's filter on {@code date} does what the tutorial does by hand;
 *   <li>{@link io.cursorkit.sample.stockticker.Trades}: an endpoint that filters on {@code
 *       updated_since} and pages with a token; sorted, {@code @CheckpointInterval}.
 * </ul>
 *
 * <p>{@code api} holds a local stock API to run it against ({@code run-api.sh}); {@code demo} the
 * helper of {@code run-demo.sh}. Neither is part of the connector.
 */
package io.cursorkit.sample.stockticker;
