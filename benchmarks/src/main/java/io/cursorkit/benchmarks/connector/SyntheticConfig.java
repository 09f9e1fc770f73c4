package io.cursorkit.benchmarks.connector;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.Connector;

/**
 * Configuration of the synthetic benchmark connector: how many records each stream emits. The
 * records are made in memory (see {@link StockPriceGenerator}), so a read measures the connector's
 * own cost and nothing on the source side.
 *
 * @param records how many records each stream emits; required
 * @param partitions how many partitions {@code paged_prices}, or slices {@code paged_slices}, splits its
 *     records into (default 32)
 * @param pageMillis how long {@code paged_prices} waits per page of 500 records (default 20)
 */
@Connector(
        name = "source-synthetic-stocks",
        documentationUrl = "https://example.com/docs/synthetic-stocks",
        maxConcurrency = 8)
public record SyntheticConfig(
        @JsonProperty("records") long records,
        @JsonProperty("partitions") Integer partitions,
        @JsonProperty("page_millis") Integer pageMillis) {
    /** The single-property form the other benchmarks use. */
    public SyntheticConfig(long records) {
        this(records, null, null);
    }
}
