package io.cursorkit.runtime.internal;

/**
 * A command's input (command line, config, catalog or state file) is wrong in a way the user can
 * fix; reported as a {@code config_error} before anything is read. The message names the
 * problem and the fix, and holds no secret.
 */
final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }
}
