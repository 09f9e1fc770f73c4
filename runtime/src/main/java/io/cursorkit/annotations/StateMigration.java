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
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface StateMigration {}
