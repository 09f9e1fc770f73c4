/**
 * Command-line helpers shipped in the runtime jar, so that they are inside every connector's
 * runnable jar: {@link io.cursorkit.runtime.tools.Tools} makes a configured catalog from what
 * {@code discover} printed, and the state for the next {@code read} from what a {@code read}
 * printed. Only {@code Tools}' command line is meant to be used; the other classes of this package
 * are its parts.
 */
package io.cursorkit.runtime.tools;
