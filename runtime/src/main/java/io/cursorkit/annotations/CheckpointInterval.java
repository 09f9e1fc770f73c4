package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Emits the stream's state every {@link #value()} records, so that an interrupted sync resumes
 * close to where it stopped.
 *
 * <p>Only on a {@link Stream} whose record type has a {@link CursorField}. It declares that {@code
 * read} yields records in ascending cursor order (ties allowed). The runtime verifies it: a record
 * whose cursor is below its predecessor's fails the stream with an error naming both values, and
 * the state is set back to where the sync started, so that no record can be skipped.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CheckpointInterval {
    /** How many records between two states; at least 1. */
    int value();
}
