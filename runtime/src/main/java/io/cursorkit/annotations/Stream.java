package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one stream of the connector.
 *
 * <p>The annotated class is public, concrete and top-level or static, with a public constructor
 * that takes no argument or takes the {@link Connector} type. It has exactly one public method
 * named {@code read} that returns {@code Iterable<R>}, {@code Iterator<R>} or {@code
 * java.util.stream.Stream<R>}, where {@code R} is the record type, with the parameters {@code
 * ()}, {@code (C since)}, {@code (S slice)} or {@code (S slice, C since)}: {@code C} is the type of
 * the record's {@link CursorField} (boxed where primitive) and {@code S} the element type of the
 * {@link Slices} method. What {@code read} returns is closed when the stream is done with it if it
 * is {@link AutoCloseable} (a {@code Stream}, or an iterable or iterator that implements it).
 *
 * <p>The record type (a record, or a JavaBean) becomes the stream's {@code json_schema}. If it has
 * a {@link CursorField} the stream supports {@code incremental} sync with a source-defined
 * cursor; otherwise only {@code full_refresh}.
 *
 * <p>Generated, in the same package, with nested names joined by {@code _}: {@code
 * <Class>_Stream} (the stream the runtime drives), {@code <Class>_RecordWriter} (writes a record
 * as JSON without reflection) and {@code <Class>_StateSerializer} (writes and reads the cursor in
 * the stream's state).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Stream {
    /**
     * The stream's name: letters, digits and underscores, unique in the connector. Defaults to the
     * class's simple name in snake_case ({@code StockPrices} becomes {@code stock_prices}).
     */
    String name() default "";

    /**
     * The JSON property names of the record type that identify a record. Each must be a property of
     * the record type. Empty when the records have no primary key.
     */
    String[] primaryKey() default {};

    /** The stream's namespace in the catalog; empty for none. */
    String namespace() default "";
}
