package test;

import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.NoCursor;
import io.cursorkit.runtime.spi.RecordWriter;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Stream {@code tickers}, as the runtime drives {@link Tickers}.
 */
@Generated("io.cursorkit.processor.CursorkitProcessor")
public final class Tickers_Stream<G> implements GeneratedStream<G, Tickers, Tickers.Ticker, NoCursor, Void> {
    private static final StreamInfo INFO = new StreamInfo("tickers", null, null, List.of(), 0, false);

    @Override
    public StreamInfo info() {
        return INFO;
    }

    @Override
    public Tickers create(G config) throws Exception {
        return new Tickers();
    }

    @Override
    public List<Void> slices(Tickers stream, NoCursor since) throws Exception {
        return Collections.singletonList(null);
    }

    @Override
    public CloseableIterator<Tickers.Ticker> read(Tickers stream, Void slice, NoCursor since) throws
            Exception {
        return CloseableIterator.of(stream.read());
    }

    @Override
    public NoCursor cursor(Tickers.Ticker record) {
        return null;
    }

    @Override
    public String primaryKey(Tickers.Ticker record) {
        return null;
    }

    @Override
    public RecordWriter<Tickers.Ticker> recordWriter() {
        return Tickers_RecordWriter.INSTANCE;
    }

    @Override
    public StateSerializer<NoCursor, Void> stateSerializer() {
        return Tickers_StateSerializer.INSTANCE;
    }
}
