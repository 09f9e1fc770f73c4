package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks one option of a <em>cursor choice</em>: a stream whose user chooses the cursor among
 * several properties of the record type (an {@code updated_at} timestamp, an auto-incrementing
 * {@code id}), instead of the author fixing it with {@link CursorField}.
 *
 * <p>The choice is a sealed interface of records, one record per property that can serve as the
 * cursor, each annotated with that property's JSON name and holding one component: the {@code
 * since} of that property, of its type (boxed). The stream's {@code read} takes the interface in
 * place of {@code since} and receives the option the user chose, never null (its {@code since} is
 * null on a first sync):
 *
 * <pre>{@code
 * public sealed interface TradeCursor {
 *     @CursorOption("updated_at") record UpdatedAt(OffsetDateTime since) implements TradeCursor {}
 *     @CursorOption("id") record Id(Long since) implements TradeCursor {}
 * }
 *
 * public Iterator<Trade> read(String ticker, TradeCursor cursor) {
 *     if (cursor instanceof TradeCursor.Id id) { ... WHERE id >= id.since() ORDER BY id ... }
 * }
 * }</pre>
 *
 * <p>The first option (in the {@code permits} clause, or in declaration order without one) is the
 * default: the catalog offers it as {@code default_cursor_field}, with {@code
 * source_defined_cursor: false}. The user's {@code cursor_field} in the configured catalog picks
 * another; the runtime then tracks and saves the cursor of that property. A record property marked
 * {@link CursorField} must be the default option.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CursorOption {
    /** The JSON name of the record property this option stands for, such as {@code "updated_at"}. */
    String value();
}
