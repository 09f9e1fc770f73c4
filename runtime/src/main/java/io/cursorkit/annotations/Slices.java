package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the public instance method of a {@link Stream} class that splits the stream into slices:
 * the smallest units that can be synced again on their own, such as calendar months.
 *
 * <p>It returns {@code List<S>}, {@code Iterable<S>} or {@code java.util.stream.Stream<S>} and
 * takes no parameter, or {@code (C since)}: the cursor of the last checkpoint, {@code null} on a
 * first sync. The stream's {@code read} method then takes the slice as its first parameter.
 *
 * <p>State is emitted after every completed slice and records the completed slice, so that after
 * a failure in slice N the next sync (which calls this method with the same {@code since}) starts
 * again at slice N. Slices are therefore expected to be listed in a stable order from the same
 * {@code since}. A slice is identified by its JSON form (records, enums, strings, numbers and
 * dates as in records; any other type by its {@code toString()}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Slices {}
