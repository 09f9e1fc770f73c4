package io.cursorkit.http;

import java.net.ConnectException;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * A request to an {@link HttpSource} failed; the runtime reports it as a {@code system_error}
 * with this message (its subclass {@link CredentialsException} is a {@code config_error}).
 *
 * <p>The message names the method, the URL with its secrets written {@code ****}, the status (and
 * a short excerpt of the answer, secrets removed) or the error when there was no answer, and the
 * number of attempts when there were several. It never holds a header value or a secret; nor does
 * the cause, which is replaced by a redacted copy when its message held one.
 */
public class HttpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String url;
    private final int status;
    private final int attempts;

    HttpException(String message, Request request, int status, int attempts, Throwable cause) {
        super(message, request.source().redactor().safe(cause));
        this.method = request.method();
        this.url = request.source().redact(request.uri().toString());
        this.status = status;
        this.attempts = attempts;
    }

    /** GET, POST, ... */
    public String method() {
        return method;
    }

    /** The URL of the failed request, with secrets written {@code ****}. */
    public String url() {
        return url;
    }

    /** The status of the last answer; empty when there was none (a timeout, a refused connection). */
    public OptionalInt status() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** How many attempts were made (1 when the failure was final at once). */
    public int attempts() {
        return attempts;
    }

    /** A final answer that is not a success: a {@code 4xx} other than 401 and 403 (or a {@code 3xx}). */
    static HttpException status(Request request, int status, String excerpt, int attempts) {
        return new HttpException(
                request + " answered " + Statuses.describe(status) + suffix(excerpt), request, status, attempts, null);
    }

    /** The last allowed attempt failed too: with {@code status}, or without an answer ({@code status} 0). */
    static HttpException gaveUp(Request request, int attempts, int status, String excerpt, Throwable error) {
        String last = status != 0
                ? "the last answered " + Statuses.describe(status) + suffix(excerpt)
                : "the last failed with " + describe(request, error);
        return new HttpException(
                request + " failed after " + attempts + (attempts == 1 ? " attempt; " : " attempts; ") + last,
                request,
                status,
                attempts,
                error);
    }

    /** A {@code Retry-After} asks for a longer wait than the retry policy's maximum delay. */
    static HttpException waitTooLong(Request request, int attempts, int status, Duration asked, Duration max) {
        return new HttpException(
                request + " answered " + Statuses.describe(status) + " with Retry-After " + asked.toSeconds()
                        + " s, longer than the maximum delay of " + max.toSeconds() + " s; not retried (attempt "
                        + attempts + ")",
                request,
                status,
                attempts,
                null);
    }

    /** A successful answer that cannot be read as the read expects. */
    static HttpException badResponse(Request request, int status, String clause, Throwable cause) {
        return new HttpException(request + " answered " + status + ", but " + clause, request, status, 1, cause);
    }

    /** A next link that cannot be followed. */
    static HttpException badLink(Request request, String clause) {
        return new HttpException("The next link in the answer to " + request + " " + clause, request, 0, 1, null);
    }

    /** Paging asked for a page already read: following it would never end. */
    static HttpException pagingLoop(Request request, Request repeated) {
        return new HttpException(
                "Paging does not advance: after " + request + " it asks again for " + repeated
                        + ", a page already read (the API repeats its page token or next link)",
                request,
                0,
                1,
                null);
    }

    static HttpException interrupted(Request request, int attempts, InterruptedException e) {
        return new HttpException(request + " was interrupted (attempt " + attempts + ")", request, 0, attempts, e);
    }

    /**
     * {@code SimpleName: message} of an error, redacted; without a message, that of its first cause
     * that has one (the HTTP client's {@code ConnectException} often has none).
     */
    static String describe(Request request, Throwable error) {
        String message = null;
        for (Throwable t = error; t != null && message == null; t = t.getCause() == t ? null : t.getCause()) {
            message = t.getMessage() == null || t.getMessage().isBlank() ? null : t.getMessage();
        }
        if (message == null && error instanceof ConnectException) {
            message = "no connection to " + Urls.origin(request.uri());
        }
        String name = error.getClass().getSimpleName();
        return message == null ? name : name + ": " + request.source().redact(message);
    }

    private static String suffix(String excerpt) {
        return excerpt.isEmpty() ? "" : ": " + excerpt;
    }
}
