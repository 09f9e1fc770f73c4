package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * Partitioned by ticker (the tickers present in the file, so a ticker added between syncs is a new
 * partition), a cursor per ticker, sorted within each, a state every 4 rows, a two-field key.
 */
@Stream(
        name = "per_ticker",
        primaryKey = {"ticker", "day"})
@CheckpointInterval(4)
public final class PerTicker {
    private final CasesConfig config;

    public PerTicker(CasesConfig config) {
        this.config = config;
    }

    @Partitions
    public java.util.stream.Stream<String> tickers() {
        return DataFiles.tickers(config, "per_ticker");
    }

    public Iterator<Quote> read(String ticker, LocalDate since) {
        return DataFiles.quotesOf(config, "per_ticker", ticker, since);
    }

    /** The rows of the standard data set: three tickers, MSFT's history before the others'. */
    static List<String> rows() {
        List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rows.add("AAPL," + LocalDate.of(2024, 3, 1).plusDays(i) + "," + (100 + i));
            rows.add("MSFT," + LocalDate.of(2024, 1, 1).plusDays(i) + "," + (200 + i));
            rows.add("NVDA," + LocalDate.of(2024, 2, 1).plusDays(i) + "," + (300 + i));
        }
        return rows;
    }
}
