package test;

import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.KeyBuilder;
import io.cursorkit.runtime.spi.RecordWriter;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Stream {@code stock_prices}, as the runtime drives {@link StockPrices}.
 */
@Generated("io.cursorkit.processor.CursorkitProcessor")
public final class StockPrices_Stream implements GeneratedStream<StockConfig, StockPrices, StockPrice, LocalDate, Month> {
    private static final StreamInfo INFO = new StreamInfo("stock_prices", null, "date", List.of("stock_ticker", "date"), 100, true);

    @Override
    public StreamInfo info() {
        return INFO;
    }

    @Override
    public StockPrices create(StockConfig config) throws Exception {
        return new StockPrices(config);
    }

    @Override
    public List<Month> slices(StockPrices stream, LocalDate since) throws Exception {
        return stream.slices(since);
    }

    @Override
    public CloseableIterator<StockPrice> read(StockPrices stream, Month slice, LocalDate since)
            throws Exception {
        return CloseableIterator.of(stream.read(slice, since));
    }

    @Override
    public LocalDate cursor(StockPrice record) {
        return record.date();
    }

    @Override
    public String primaryKey(StockPrice record) {
        KeyBuilder key = new KeyBuilder();
        String stockTicker = record.stockTicker();
        key.add(stockTicker);
        LocalDate date = record.date();
        if (date == null) {
            key.add((String) null);
        } else {
            key.add(JsonValues.format(date));
        }
        return key.build();
    }

    @Override
    public RecordWriter<StockPrice> recordWriter() {
        return StockPrices_RecordWriter.INSTANCE;
    }

    @Override
    public StateSerializer<LocalDate, Month> stateSerializer() {
        return StockPrices_StateSerializer.INSTANCE;
    }
}
