package dir;

import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.KeyBuilder;
import io.cursorkit.runtime.spi.RecordWriter;
import io.cursorkit.runtime.spi.StateSerializer;
import io.cursorkit.runtime.spi.StreamInfo;
import java.util.Collections;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Stream {@code companies}, as the runtime drives {@link Companies}.
 */
@Generated("io.cursorkit.processor.CursorkitProcessor")
public final class Companies_Stream<G> implements GeneratedStream<G, Companies, Company, String, Void> {
    private static final StreamInfo INFO = StreamInfo.resumableFullRefresh("companies", null, List.of("company_id"), 2);

    @Override
    public StreamInfo info() {
        return INFO;
    }

    @Override
    public Companies create(G config) throws Exception {
        return new Companies();
    }

    @Override
    public List<Void> slices(Companies stream, String since) throws Exception {
        return Collections.singletonList(null);
    }

    @Override
    public CloseableIterator<Company> read(Companies stream, Void slice, String since) throws
            Exception {
        return CloseableIterator.of(stream.read(since));
    }

    @Override
    public String cursor(Company record) {
        // resumable full refresh: the primary key stands where a cursor would
        return record.id();
    }

    @Override
    public String primaryKey(Company record) {
        KeyBuilder key = new KeyBuilder();
        String id = record.id();
        key.add(id);
        return key.build();
    }

    @Override
    public RecordWriter<Company> recordWriter() {
        return Companies_RecordWriter.INSTANCE;
    }

    @Override
    public StateSerializer<String, Void> stateSerializer() {
        return Companies_StateSerializer.INSTANCE;
    }
}
