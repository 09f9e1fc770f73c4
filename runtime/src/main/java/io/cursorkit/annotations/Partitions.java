package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the public instance method of a {@link Stream} class that lists the stream's partitions:
 * the accounts, repositories or tickers its data comes per. The stream then keeps one cursor per
 * partition, so a partition that appears later (a ticker added to the configuration) is read from
 * the start instead of from the other partitions' cursor.
 *
 * <p>It returns {@code List<P>}, {@code Iterable<P>} or {@code java.util.stream.Stream<P>} and
 * takes no parameter. The stream's {@code read} method takes the partition as its first parameter,
 * {@code read(P partition)} or {@code read(P partition, C since)}, and {@code since} is THAT
 * partition's cursor ({@code null} for a partition the state does not know). A partition is
 * recognised in the state by its JSON form (records, enums, strings, numbers and dates as in
 * records; any other type by its {@code toString()}), and listing one twice fails the stream.
 *
 * <p>A stream has either {@code @Partitions} or {@link Slices}, not both: page inside {@code read}
 * instead. With {@link CheckpointInterval} the order is checked per partition: each partition's
 * records come in ascending cursor order.
 *
 * <p>The state keeps the cursors of at most {@link #maxInState()} partitions (the first listed,
 * among those with a cursor); the others are left out of it and read from the start on the next
 * sync, which delivers their records again (duplicates, never loss), with a WARN log line.
 *
 * <p><b>A child stream.</b> With {@link #parent()} naming another {@code @Stream} class of the
 * connector, the partitions are made from that stream's records: the method takes them as its one
 * parameter, {@code java.util.stream.Stream<R>} of the parent's record type, and maps each to a
 * partition (an account's id), or returns them as they are. The runtime reads the parent through
 * its generated adapter for every sync of the child, whether or not the parent is selected in the
 * catalog (its records are emitted only when it is, and its own state is its own). When the child
 * is synced incrementally and its partitions have a JSON form the runtime can read back (a string,
 * number, date or enum), the child's state keeps the parent's cursor and every partition it knows,
 * and the next sync reads only the parent's records from that cursor on, plus every partition the
 * state knows; otherwise, and whenever the state cannot list every partition ({@link
 * #maxInState()}), it reads the parent whole. The parent has neither {@code @Slices} nor
 * {@code @Partitions} of its own. A partition listed twice is read once.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Partitions {
    /** The default of {@link #maxInState()}. */
    int DEFAULT_MAX_IN_STATE = 10_000;

    /** Most partitions whose cursor the state keeps; at least 1. */
    int maxInState() default DEFAULT_MAX_IN_STATE;

    /**
     * The {@code @Stream} class whose records make the partitions, or {@code void.class} (the
     * default) for partitions the method lists by itself, without parameters.
     */
    Class<?> parent() default void.class;
}
