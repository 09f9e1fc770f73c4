package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of a state type, on the record returned by a {@link StreamState} method (the current
 * version) or on an older state record that a {@link StateMigration} reads; or, on a {@link Stream}
 * class whose record has a {@link CursorField}, the version of the state cursorkit keeps for that
 * cursor (its migrations then say the version they read with {@link StateMigration#from}).
 *
 * <p>With a version, every STATE the stream emits carries it ({@code "cursorkit": {"version": 3}}),
 * and a state of a newer version than the stream's is refused with a {@code config_error}, never
 * read as if it were older. A state without a version is version 0: a state written before the
 * version was declared, or before the connector used cursorkit. At least 1; each version names
 * one type per stream.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StateVersion {
    /** The version; at least 1. */
    int value();
}
