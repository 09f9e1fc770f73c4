package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the public instance method of a {@link Stream} class that returns the state the stream
 * owns: a position that is not a field of its records, such as an API's sync token, a delta link,
 * the last event id or a map per account. The stream then syncs incrementally without a {@link
 * CursorField}.
 *
 * <p>The method takes no parameter and returns a record (or JavaBean) type of the author's, {@code
 * O}; the build generates its JSON reader and writer. The stream's {@code read} receives the state
 * to continue from as a parameter of type {@code O}: {@code read(O state)} or {@code read(S slice,
 * O state)} ({@code null} on a first sync), and {@link Slices} may take it too.
 *
 * <p>The rule the author keeps: <b>whenever the runtime calls this method, its value covers exactly
 * the records {@code read} has returned so far</b> (every one of them, and none still to come).
 * Move the position when a record is handed out, never when a page is fetched. The runtime calls it
 * only at points where every record before has been emitted: every {@link CheckpointInterval} records,
 * after each slice, and at the end; after a failure it calls it no more, and the last state emitted
 * stands. A {@code null} value means "no position": the next sync starts from the beginning.
 *
 * <p>Not with {@link CursorField} on the record type, nor with {@link Partitions}. Its version and
 * migrations from older states: {@link StateVersion}, {@link StateMigration}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface StreamState {}
