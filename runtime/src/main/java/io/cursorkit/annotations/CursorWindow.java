package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds what an incremental {@link Stream} reads around its cursor, from properties of the
 * {@link Connector} type named by their JSON names. Every attribute is optional; an empty one
 * leaves that bound out.
 *
 * <ul>
 *   <li>{@link #start()}: the first sync begins there, and records below it are never emitted.
 *   <li>{@link #end()}: records above it are not emitted and the state never passes it (a
 *       backfill of a range). A sorted stream stops reading at the first record past it.
 *   <li>{@link #lookback()}: every sync re-reads this much behind the saved cursor, so a row
 *       committed late with an older cursor value is still delivered. With a primary key, rows of
 *       that window the state shows as already committed (same key, same cursor) are left out, up
 *       to 10,000 of them per cursor (per partition); past that they are delivered again.
 *   <li>{@link #futureMargin()}: a record whose cursor is later than the sync's start plus this
 *       ISO-8601 duration ({@code "PT5M"}) is emitted, but never moves the state past that time.
 * </ul>
 *
 * <p>Rules the build checks: the stream has a {@link CursorField} and a constructor taking the
 * {@code @Connector} type; each named property exists on that type; {@code start} and {@code
 * end} have the cursor's type (or {@code LocalDate} for a date-time cursor: the start of that day
 * in UTC); {@code lookback} is a whole number of days or an ISO-8601 duration string for a date or
 * time cursor, a number for a numeric cursor, and is not allowed for a string or enum cursor;
 * {@code futureMargin} is an ISO-8601 duration, on a date or time cursor only. At run time a
 * start after the end, a negative or unreadable lookback are a {@code config_error} naming the
 * property.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CursorWindow {
    /** JSON name of the config property holding the first cursor value to sync; empty for none. */
    String start() default "";

    /** JSON name of the config property holding the last cursor value to sync; empty for none. */
    String end() default "";

    /** JSON name of the config property holding how far behind the saved cursor to re-read. */
    String lookback() default "";

    /** An ISO-8601 duration such as {@code "PT5M"}: how far past the sync's start a cursor may move the state. */
    String futureMargin() default "";
}
