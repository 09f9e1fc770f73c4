package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.CursorWindow;
import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.Iterator;

/**
 * Partitioned by ticker like {@code per_ticker}, a date cursor, a state every 4 rows, and a window:
 * from {@code dated_start}, re-reading {@code dated_lookback} (an ISO-8601 duration) behind each
 * ticker's cursor, and a date later than the sync's start plus a day never moves the state.
 */
@Stream(
        name = "dated_quotes",
        primaryKey = {"ticker", "day"})
@CheckpointInterval(4)
@CursorWindow(start = "dated_start", lookback = "dated_lookback", futureMargin = "P1D")
public final class DatedQuotes {
    private final CasesConfig config;

    public DatedQuotes(CasesConfig config) {
        this.config = config;
    }

    @Partitions
    public java.util.stream.Stream<String> tickers() {
        return DataFiles.tickers(config, "dated_quotes");
    }

    public Iterator<Quote> read(String ticker, LocalDate since) {
        return DataFiles.quotesOf(config, "dated_quotes", ticker, since);
    }
}
