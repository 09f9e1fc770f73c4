/**
 * The diagnostic catalogue, in one place: every message the processor reports, with its stable tag
 * ({@link io.cursorkit.processor.diagnostics.Message}), and the {@link
 * io.cursorkit.processor.diagnostics.Report} that collects a step's errors on their elements before
 * printing them to javac.
 *
 * <p>May use: nothing of the processor's other packages. Used by {@code scan}, {@code validate}
 * and the round driver; never by {@code generate}, which reports nothing (a failure there is a bug,
 * reported by the round driver).
 */
package io.cursorkit.processor.diagnostics;
