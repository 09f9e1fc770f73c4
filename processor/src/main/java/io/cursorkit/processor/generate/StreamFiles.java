package io.cursorkit.processor.generate;

import io.cursorkit.processor.model.StreamModel;
import javax.annotation.processing.Filer;

/**
 * The files generated for each stream (its stream class, record writer and state serializer, and
 * for a stream with {@code @StreamState} its owned state), counted so that rounds know when
 * generation is done. Each validated stream is
 * generated once, in the round that validated it.
 */
public final class StreamFiles {
    private final StreamGenerator stream;
    private final RecordWriterGenerator recordWriter;
    private final StateSerializerGenerator stateSerializer;
    private final OwnedStateGenerator ownedState;
    private int count;

    /** Files written through {@code filer}. */
    public StreamFiles(Filer filer) {
        SourceWriter writer = new SourceWriter(filer);
        this.stream = new StreamGenerator(writer);
        this.recordWriter = new RecordWriterGenerator(writer);
        this.stateSerializer = new StateSerializerGenerator(writer);
        this.ownedState = new OwnedStateGenerator(writer);
    }

    /** Generates the files of one stream. */
    public void generate(StreamModel model) {
        recordWriter.generate(model);
        stateSerializer.generate(model);
        stream.generate(model);
        count += 3;
        if (model.ownedState() != null) {
            ownedState.generate(model);
            count++;
        }
    }

    /** How many files were generated so far. */
    public int count() {
        return count;
    }
}
