package io.cursorkit.http;

import io.cursorkit.runtime.ConfigException;

/**
 * The API rejected the credentials: it answered {@code 401 Unauthorized} or {@code 403
 * Forbidden}. The user has to fix the configuration, so this is a {@code config_error}: its cause
 * is a {@link ConfigException} with the same message, which the runtime finds in the cause chain
 * and shows to the user as it is.
 *
 * <p>The message says what the API answered to which request (URL secrets written {@code ****}),
 * quotes the API's explanation when it gave one (secrets removed), and says to check the
 * credentials in the connector's configuration. It is never retried.
 */
public final class CredentialsException extends HttpException {
    private static final long serialVersionUID = 1L;

    private CredentialsException(String message, Request request, int status) {
        super(message, request, status, 1, new ConfigException(message));
    }

    /** The exception for a {@code 401} or {@code 403} answer to {@code request}. */
    static CredentialsException of(Request request, int status, String excerpt) {
        String said = excerpt.isEmpty() ? "" : " The API said: " + excerpt;
        String message = status == 401
                ? "The API rejected the credentials: " + request + " answered " + Statuses.describe(status) + "." + said
                        + " Check the API key or token in the connector's configuration."
                : "The API refused access: " + request + " answered " + Statuses.describe(status) + "." + said
                        + " Check that the credentials in the connector's configuration are right and are"
                        + " allowed to read this.";
        return new CredentialsException(message, request, status);
    }
}
