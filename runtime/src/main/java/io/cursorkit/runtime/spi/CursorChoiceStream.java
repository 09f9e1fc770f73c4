package io.cursorkit.runtime.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A stream with one of the cursors its user may choose, other than the default: generated code
 * returns one from {@link GeneratedStream#withCursor}. It is the default stream in all but the
 * cursor: its info names the chosen field, and the choice's own functions read the cursor of a
 * record, build the author's choice record for {@code read} and the slices, and (de)serialize the
 * cursor. Everything else (creating the stream object, primary keys, writing records) is the
 * default stream's.
 *
 * @param <C> the chosen property's type, boxed
 */
public final class CursorChoiceStream<G, T, R, C extends Comparable<? super C>, S>
        implements GeneratedStream<G, T, R, C, S> {
    /** Lists the slices (or partitions) for a sync from {@code since}, the chosen cursor. */
    @FunctionalInterface
    public interface Slices<T, C, S> {
        List<S> slices(T stream, C since) throws Exception;
    }

    /** Calls the author's {@code read} with the choice record built from {@code since}. */
    @FunctionalInterface
    public interface Read<T, S, C, R> {
        CloseableIterator<R> read(T stream, S slice, C since) throws Exception;
    }

    private final GeneratedStream<G, T, R, ?, S> base;
    private final StreamInfo info;
    private final Slices<T, C, S> slices;
    private final Read<T, S, C, R> read;
    private final Function<R, C> cursor;
    private final StateSerializer<C, S> serializer;

    /**
     * @param base the stream with its default cursor
     * @param field the chosen property's JSON name, one of the base's {@link StreamInfo#cursorChoices()}
     */
    public CursorChoiceStream(
            GeneratedStream<G, T, R, ?, S> base,
            String field,
            Slices<T, C, S> slices,
            Read<T, S, C, R> read,
            Function<R, C> cursor,
            StateSerializer<C, S> serializer) {
        this.base = base;
        this.info = base.info().chosen(field);
        this.slices = slices;
        this.read = read;
        this.cursor = cursor;
        this.serializer = serializer;
    }

    @Override
    public StreamInfo info() {
        return info;
    }

    /**
     * None: a {@code @CursorWindow} keeps to the default cursor. Its values are still checked, so
     * that a wrong one is the same {@code config_error} whichever cursor the user chose.
     */
    @Override
    public WindowBounds<C> window(G config) throws io.cursorkit.runtime.ConfigException {
        base.window(config);
        return null;
    }

    @Override
    public T create(G config) throws Exception {
        return base.create(config);
    }

    @Override
    public List<S> slices(T stream, C since) throws Exception {
        return slices.slices(stream, since);
    }

    @Override
    public CloseableIterator<R> read(T stream, S slice, C since) throws Exception {
        return read.read(stream, slice, since);
    }

    @Override
    public C cursor(R record) {
        return cursor.apply(record);
    }

    @Override
    public String primaryKey(R record) {
        return base.primaryKey(record);
    }

    @Override
    public RecordWriter<R> recordWriter() {
        return base.recordWriter();
    }

    @Override
    public StateSerializer<C, S> stateSerializer() {
        return serializer;
    }

    @Override
    public ParentLink<G, T, ?, S> parentLink() {
        return base.parentLink(); // a child stream's partitions come from its parent, whatever its cursor
    }

    @Override
    public GeneratedStream<G, T, R, ?, S> withCursor(String field) {
        return base.withCursor(field);
    }

    /** The slices an {@code Iterable} holds, in order, for a {@link Slices} function. */
    public static <S> List<S> list(Iterable<S> slices) {
        List<S> list = new ArrayList<>();
        slices.forEach(list::add);
        return list;
    }

    /** The slices a {@code java.util.stream.Stream} holds, in order; the stream is closed. */
    public static <S> List<S> list(java.util.stream.Stream<S> slices) {
        try (slices) {
            List<S> list = new ArrayList<>();
            slices.forEachOrdered(list::add);
            return list;
        }
    }
}
