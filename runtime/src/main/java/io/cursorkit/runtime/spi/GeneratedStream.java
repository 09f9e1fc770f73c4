package io.cursorkit.runtime.spi;

import java.util.List;

/**
 * One stream as the runtime drives it, generated as {@code <Stream>_Stream}. It adapts the
 * author's class (whatever form its {@code read} and {@code @Slices} methods take) to one shape.
 *
 * <p>Methods that call the author's code declare {@code throws Exception}: that code may throw any
 * checked exception (an {@code SQLException}, an {@code IOException}), and the runtime reports
 * every one the same way.
 *
 * @param <G> the {@code @Connector} (configuration) type
 * @param <T> the author's {@code @Stream} class
 * @param <R> the record type
 * @param <C> the cursor type, boxed; {@link NoCursor} when there is no cursor ({@code Void} is not
 *     {@code Comparable}). For a stream resumable by key ({@link StreamInfo#resumableFullRefresh()})
 *     it is the primary key's type: {@code cursor} returns the key, {@code since} is the key to
 *     resume after, and the state serializer writes keys.
 * @param <S> the slice type, or the partition type of a partitioned stream ({@link
 *     StreamInfo#partitioned()}); {@code Void} when there are neither
 */
public interface GeneratedStream<G, T, R, C extends Comparable<? super C>, S> {
    StreamInfo info();

    /** Creates the author's stream object, through its no-arg or config-taking constructor. */
    T create(G config) throws Exception;

    /**
     * The slices to read, in order, for a sync that resumes from {@code since} (null on a first
     * sync). A stream without {@code @Slices} returns one {@code null} slice. A partitioned stream
     * returns its partitions, whatever {@code since}.
     */
    List<S> slices(T stream, C since) throws Exception;

    /**
     * Calls the author's {@code read} with the parameters it declares, ignoring the others. For a
     * partitioned stream {@code slice} is the partition and {@code since} that partition's cursor.
     */
    CloseableIterator<R> read(T stream, S slice, C since) throws Exception;

    /** The record's cursor value; {@code null} when it is null or the stream has no cursor. */
    C cursor(R record);

    /**
     * The record's primary key as canonical JSON text (an array of the key's values in {@code
     * primaryKey} order, such as {@code ["AAPL","2024-01-02"]}); {@code null} when the stream has
     * no primary key.
     */
    String primaryKey(R record);

    RecordWriter<R> recordWriter();

    /** Reads and writes the cursor and slice; never null, even for full refresh streams. */
    StateSerializer<C, S> stateSerializer();

    /**
     * The state the stream owns ({@code @StreamState}), or null for a stream whose state is its
     * cursor. Such a stream has no cursor ({@code C} is {@link NoCursor}) yet syncs incrementally.
     */
    default OwnedState<T, S, R, ?> ownedState() {
        return null;
    }

    /**
     * The link to the parent stream of a child stream ({@code @Partitions(parent = ...)}), whose
     * partitions come from the parent's records instead of {@link #slices}; {@code null} for every
     * other stream.
     */
    default ParentLink<G, T, ?, S> parentLink() {
        return null;
    }

    /**
     * The stream's {@code @CursorWindow} with the values of {@code config}; null (the default) for a
     * stream without one. Called once per {@code read}, before any stream starts.
     *
     * @throws io.cursorkit.runtime.ConfigException when a value of the window is wrong
     */
    default WindowBounds<C> window(G config) throws io.cursorkit.runtime.ConfigException {
        return null;
    }

    /**
     * This stream with the cursor the user chose, for a stream whose {@link
     * StreamInfo#cursorChoices()} lists {@code field}: a stream whose info names {@code field} as its
     * cursor field, and whose cursor, state serializer, {@code read} and slices are that choice's.
     * {@code this} for the default (the stream as it is); null when {@code field} is not a choice.
     */
    default GeneratedStream<G, T, R, ?, S> withCursor(String field) {
        return field.equals(info().cursorField()) ? this : null;
    }
}
