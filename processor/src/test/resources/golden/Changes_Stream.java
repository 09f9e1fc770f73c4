package owned;

import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.KeyBuilder;
import io.cursorkit.runtime.spi.NoCursor;
import io.cursorkit.runtime.spi.OwnedState;
import io.cursorkit.runtime.spi.RecordWriter;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Stream {@code changes}, as the runtime drives {@link Changes}.
 */
@Generated("io.cursorkit.processor.CursorkitProcessor")
public final class Changes_Stream implements GeneratedStream<DeltaConfig, Changes, Change, NoCursor, String> {
    private static final StreamInfo INFO = new StreamInfo("changes", null, null, List.of("id"), 2, true);

    @Override
    public StreamInfo info() {
        return INFO;
    }

    @Override
    public Changes create(DeltaConfig config) throws Exception {
        return new Changes(config);
    }

    @Override
    public List<String> slices(Changes stream, NoCursor since) throws Exception {
        return stream.drives(null);
    }

    @Override
    public CloseableIterator<Change> read(Changes stream, String slice, NoCursor since) throws
            Exception {
        return CloseableIterator.of(stream.read(slice, null));
    }

    @Override
    public NoCursor cursor(Change record) {
        return null;
    }

    @Override
    public String primaryKey(Change record) {
        KeyBuilder key = new KeyBuilder();
        String id = record.id();
        key.add(id);
        return key.build();
    }

    @Override
    public RecordWriter<Change> recordWriter() {
        return Changes_RecordWriter.INSTANCE;
    }

    @Override
    public StateSerializer<NoCursor, String> stateSerializer() {
        return Changes_StateSerializer.INSTANCE;
    }

    @Override
    public OwnedState<Changes, String, Change, ?> ownedState() {
        return Changes_OwnedState.INSTANCE;
    }
}
