package io.cursorkit.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * How a child stream ({@code @Partitions(parent = ...)}) makes its partitions from its parent's
 * records; generated into the child's {@code <Stream>_Stream}, which returns itself from {@link
 * GeneratedStream#parentLink()}.
 *
 * <p>The runtime reads the parent through {@link #parent()} (never through the parent's place in the
 * catalog), passes the records it keeps to {@link #partitions}, and, when {@link #readsPartitions()},
 * reads back the partitions a state lists, so that a partition the state knows is read again even
 * when the parent is read from its cursor and no longer yields it.
 *
 * @param <G> the {@code @Connector} type
 * @param <T> the child's {@code @Stream} class
 * @param <P> the parent's record type
 * @param <S> the child's partition type
 */
public interface ParentLink<G, T, P, S> {
    /** The parent stream, as the runtime drives it: a new adapter, used for this child only. */
    GeneratedStream<G, ?, P, ?, ?> parent();

    /**
     * Calls the child's {@code @Partitions} method with {@code parentRecords}; the runtime closes
     * {@code parentRecords} afterwards.
     */
    List<S> partitions(T child, java.util.stream.Stream<P> parentRecords) throws Exception;

    /**
     * Whether {@link #readPartition} can read a partition back from its JSON form: true for the
     * scalar partition types (string, number, boolean, date and time, enum).
     */
    boolean readsPartitions();

    /**
     * A partition from the JSON form {@link StateSerializer#writeSlice} gave it.
     *
     * @throws JsonValueException when {@code value} is not of that form, or {@link #readsPartitions()}
     *     is false
     */
    S readPartition(JsonNode value) throws JsonValueException;
}
