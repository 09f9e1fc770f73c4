package io.cursorkit.processor.generate;

/** The three files generated for each stream, counted so that rounds know when generation is done. */
final class StreamFiles {
    private final StreamGenerator stream;
    private final RecordWriterGenerator recordWriter;
    private final StateSerializerGenerator stateSerializer;
    private int count;

    StreamFiles(SourceWriter writer) {
        this.stream = new StreamGenerator(writer);
        this.recordWriter = new RecordWriterGenerator(writer);
        this.stateSerializer = new StateSerializerGenerator(writer);
    }

    void generate(StreamModel model) {
        recordWriter.generate(model);
        stateSerializer.generate(model);
        stream.generate(model);
        count += 3;
    }

    int count() {
        return count;
    }
}
