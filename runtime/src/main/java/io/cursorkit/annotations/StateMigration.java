package io.cursorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method of a {@link Stream} class with a {@link StreamState} that turns an
 * older state into a newer one. It takes one parameter and returns a state record of a higher
 * {@link StateVersion}; the runtime applies migrations to the input state, one after another,
 * until it has the current version, then checks it against the current type.
 *
 * <p>What the parameter says about the states it migrates:
 *
 * <ul>
 *   <li>a record with {@code @StateVersion(k)}: states that carry version {@code k};
 *   <li>a record without {@code @StateVersion}: states without a version (version 0: a legacy blob,
 *       or a state from before the version was declared), read as that record;
 *   <li>{@code com.fasterxml.jackson.databind.JsonNode}: the same states, as the JSON object they
 *       are;
 *   <li>a scalar ({@code String}, a number, a date or time type, an enum): a state that is a bare
 *       value, such as a token saved on its own.
 * </ul>
 *
 * <p>One migration per version; each goes to a higher version, and every chain ends at the current
 * one. Missing steps, two migrations from one version or two types of one version are compile
 * errors.
 *
 * <p>On a stream whose state is its {@code @CursorField} (with {@code @StateVersion} on the stream
 * class), a migration returns the cursor in its current type and reads the states of version
 * {@link #from}: with a scalar parameter, each cursor value of such a state (the stream's, each
 * partition's, or a state that is the bare value); with a {@code JsonNode} parameter, the whole
 * state, from which it returns the stream's one cursor. A version without a migration is read as
 * the current form. A migration must map a cursor to the same position: the keys already
 * committed at it are kept.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface StateMigration {
    /**
     * On a stream with a {@code @CursorField} and a {@code @StateVersion}: the version of the states
     * the migration reads; the default means 0, states without a version. Not used with {@code
     * @StreamState}, whose migrations take the version from their parameter's type.
     */
    int from() default -1;
}
