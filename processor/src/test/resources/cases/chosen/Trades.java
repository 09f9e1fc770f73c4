package chosen;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.CursorOption;
import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.Instant;
import java.util.List;

/** Partitioned, sorted, and the user chooses the cursor: updated_at (the default) or id. */
@Stream(primaryKey = "id")
@CheckpointInterval(10)
public final class Trades {
    public sealed interface TradeCursor {
        @CursorOption("updated_at")
        record UpdatedAt(Instant since) implements TradeCursor {}

        @CursorOption("id")
        record Id(Long since) implements TradeCursor {}
    }

    private final ExchangeConfig config;

    public Trades(ExchangeConfig config) {
        this.config = config;
    }

    @Partitions
    public List<String> tickers() {
        return config.tickers();
    }

    /** One trade whose note says which cursor read received, and from where. */
    public List<Trade> read(String ticker, TradeCursor cursor) {
        String note;
        if (cursor instanceof TradeCursor.Id id) {
            note = ticker + ": id >= " + id.since();
        } else if (cursor instanceof TradeCursor.UpdatedAt updatedAt) {
            note = ticker + ": updated_at >= " + updatedAt.since();
        } else {
            throw new IllegalStateException("no cursor");
        }
        return List.of(new Trade(7, note, Instant.parse("2024-01-01T00:00:00Z"), List.of()));
    }
}
