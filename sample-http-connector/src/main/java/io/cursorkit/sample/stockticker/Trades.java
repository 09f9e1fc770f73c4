package io.cursorkit.sample.stockticker;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import io.cursorkit.http.paging.Paging;
import io.cursorkit.runtime.ConfigException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The {@code trades} stream, incremental on {@code updated_at}, from {@code /trades}.
 *
 * <p>Unlike the chart, this endpoint can filter and page: {@code updated_since} (inclusive) leaves
 * out what an earlier sync has, and each page names the next with {@code next_page_token}. It
 * answers oldest first ({@code updated_at}, then {@code id}), so the stream declares that order
 * with {@code @CheckpointInterval}: a state every 1,000 trades, and a sync stopped half way resumes
 * from the last one. cursorkit-http fetches a page only when the runtime wants its first record.
 *
 * <p>{@code since} is passed as it is: trades at exactly {@code since} come again, and the runtime
 * emits only those the state does not list as already delivered.
 */
@Stream(name = "trades", primaryKey = "id")
@CheckpointInterval(1000)
public final class Trades {
    private final StockApi api;
    private final List<String> tickers;
    private final int pageSize;

    public Trades(StockTickerConfig config) throws ConfigException {
        this.api = StockApi.of(config);
        this.tickers = config.tickers();
        this.pageSize = config.pageSizeOrDefault();
    }

    /** The trades written at or after {@code since} (all on a first sync), oldest first. */
    public java.util.stream.Stream<Trade> read(OffsetDateTime since) {
        return api.source()
                .get("/trades")
                .query("tickers", String.join(",", tickers))
                .query("updated_since", since) // null on a first sync: not sent
                .query("limit", pageSize)
                .paginate(Paging.pageToken("/next_page_token", "page_token"))
                .records("/data", Trade.class);
    }
}
