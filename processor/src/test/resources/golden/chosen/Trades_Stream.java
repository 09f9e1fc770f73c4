package chosen;

import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.CursorChoiceStream;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.KeyBuilder;
import io.cursorkit.runtime.spi.RecordWriter;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Stream {@code trades}, as the runtime drives {@link Trades}.
 */
@Generated("io.cursorkit.processor.CursorkitProcessor")
public final class Trades_Stream implements GeneratedStream<ExchangeConfig, Trades, Trade, Instant, String> {
    private static final StreamInfo INFO = new StreamInfo("trades", null, "updated_at", List.of("id"), 10, false, 10000)
            .withCursorChoices(List.of("updated_at", "id"));

    @Override
    public StreamInfo info() {
        return INFO;
    }

    @Override
    public Trades create(ExchangeConfig config) throws Exception {
        return new Trades(config);
    }

    @Override
    public List<String> slices(Trades stream, Instant since) throws Exception {
        return stream.tickers();
    }

    @Override
    public CloseableIterator<Trade> read(Trades stream, String slice, Instant since) throws
            Exception {
        return CloseableIterator.of(stream.read(slice, new Trades.TradeCursor.UpdatedAt(since)));
    }

    @Override
    public Instant cursor(Trade record) {
        return record.updatedAt();
    }

    @Override
    public String primaryKey(Trade record) {
        KeyBuilder key = new KeyBuilder();
        long id = record.id();
        key.add(id);
        return key.build();
    }

    @Override
    public RecordWriter<Trade> recordWriter() {
        return Trades_RecordWriter.INSTANCE;
    }

    @Override
    public StateSerializer<Instant, String> stateSerializer() {
        return Trades_StateSerializer.INSTANCE;
    }

    @Override
    public GeneratedStream<ExchangeConfig, Trades, Trade, ?, String> withCursor(String field) {
        if (field.equals("updated_at")) {
            return this;
        }
        if (field.equals("id")) {
            return new CursorChoiceStream<ExchangeConfig, Trades, Trade, Long, String>(
                    this,
                    "id",
                    (stream, since) -> slices(stream, null),
                    (stream, slice, since) -> CloseableIterator.of(stream.read(slice, new Trades.TradeCursor.Id(since))),
                    record -> record.id(),
                    Trades_StateSerializer.Id.INSTANCE);
        }
        return null;
    }
}
