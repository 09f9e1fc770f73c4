/**
 * Step 2, validation: checks each {@code @Stream} class ({@link
 * io.cursorkit.processor.validate.StreamValidator}) and {@code @Connector} type ({@link
 * io.cursorkit.processor.validate.ConnectorValidator}) against API.md's rules, then all of them
 * together ({@link io.cursorkit.processor.validate.AggregateValidator}). A validator returns a
 * model only when its element breaks no rule; every error found goes into a {@link
 * io.cursorkit.processor.diagnostics.Report}, never straight to javac.
 *
 * <p>May use: {@code scan} (to read elements), {@code model} (what it builds) and {@code
 * diagnostics} (what it reports); never {@code generate}.
 */
package io.cursorkit.processor.validate;
