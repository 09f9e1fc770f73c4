package io.cursorkit.runtime;

/**
 * The connector's configuration is wrong in a way the user can fix. Thrown by the runtime when the
 * configuration does not match the spec, and by connector code (from {@code check()}, a stream's
 * constructor or {@code read}) to report a {@code config_error} rather than a {@code
 * system_error}. The message is shown to the user as it is: say what is wrong and how to fix it,
 * and never include a secret.
 */
public class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
