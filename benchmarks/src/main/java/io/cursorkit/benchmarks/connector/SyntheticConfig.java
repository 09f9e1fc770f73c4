package io.cursorkit.benchmarks.connector;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.Connector;

/**
 * Configuration of the synthetic benchmark connector: how many records each stream emits. The
 * records are made in memory (see {@link StockPriceGenerator}), so a read measures the connector's
 * own cost and nothing on the source side.
 *
 * @param records how many records each stream emits; required
 */
@Connector(name = "source-synthetic-stocks", documentationUrl = "https://example.com/docs/synthetic-stocks")
public record SyntheticConfig(@JsonProperty("records") long records) {}
