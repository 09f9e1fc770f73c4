package io.cursorkit.http;

import com.fasterxml.jackson.core.JsonPointer;
import dev.failsafe.Execution;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one request as the source's policies say: each attempt waits for the rate limit, failed
 * attempts are retried as {@link Retry} says (Failsafe decides whether and after how long; the
 * source's {@link TimeSource} waits), and the final outcome is a page or an {@link HttpException}.
 * Each retry is logged at INFO, without secrets.
 */
final class Exchange {
    private static final Logger LOG = Logger.getLogger("io.cursorkit.http");
    /** How much of an answer's body a message quotes. */
    private static final int EXCERPT_CHARS = 200;

    private final HttpClient client;
    private final Retry retry;
    private final RetryPolicy<HttpResponse<byte[]>> policy;
    private final RateLimiter limiter;
    private final TimeSource time;

    Exchange(HttpClient client, Retry retry, RateLimiter limiter, TimeSource time) {
        this.client = client;
        this.retry = retry;
        this.policy = retry.policy();
        this.limiter = limiter;
        this.time = time;
    }

    /** The successful answer to {@code request}, parsed, with its records at {@code pointer} (null: none). */
    Page page(Request request, JsonPointer pointer) {
        return Page.parse(request, send(request), pointer, null);
    }

    /** As {@link #page(Request, JsonPointer)}, its records also decoded into {@code type} (null: not). */
    Page page(Request request, JsonPointer pointer, Class<?> type) {
        return Page.parse(request, send(request), pointer, type);
    }

    /** The first {@code 2xx} answer to {@code request}, retrying what may pass next time. */
    HttpResponse<byte[]> send(Request request) {
        HttpRequest httpRequest = request.toHttpRequest();
        Execution<HttpResponse<byte[]>> execution = Execution.of(policy);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response = null;
            IOException error = null;
            try {
                if (limiter != null) {
                    limiter.acquire();
                }
                response = client.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                error = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw HttpException.interrupted(request, attempt, e);
            }
            execution.record(response, error);
            if (execution.isComplete()) {
                return outcome(request, attempt, response, error);
            }
            Duration wait = waitBeforeRetry(request, attempt, response, execution.getDelay());
            logRetry(request, attempt, response, error, wait);
            try {
                time.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw HttpException.interrupted(request, attempt, e);
            }
        }
    }

    /** The answer's {@code Retry-After} if it has one (a longer one than allowed ends the retries), else the backoff. */
    private Duration waitBeforeRetry(Request request, int attempt, HttpResponse<byte[]> response, Duration backoff) {
        Optional<Duration> asked = response == null ? Optional.empty() : RetryAfter.of(response.headers(), time);
        if (asked.isPresent()) {
            if (asked.get().compareTo(retry.maxDelay()) > 0) {
                throw HttpException.waitTooLong(request, attempt, response.statusCode(), asked.get(), retry.maxDelay());
            }
            return asked.get();
        }
        return backoff.compareTo(retry.maxDelay()) > 0 ? retry.maxDelay() : backoff;
    }

    private void logRetry(
            Request request, int attempt, HttpResponse<byte[]> response, IOException error, Duration wait) {
        if (LOG.isLoggable(Level.INFO)) {
            String outcome = response == null
                    ? "failed with " + HttpException.describe(request, error)
                    : "answered " + Statuses.describe(response.statusCode());
            LOG.info(request + " " + outcome + " (attempt " + attempt + " of " + retry.maxAttempts() + "); retrying in "
                    + wait.toMillis() + " ms");
        }
    }

    /** The response when it is a success; else the exception that tells what went wrong. */
    private static HttpResponse<byte[]> outcome(
            Request request, int attempts, HttpResponse<byte[]> response, IOException error) {
        if (response == null) {
            throw HttpException.gaveUp(request, attempts, 0, "", error);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        String excerpt = excerpt(request, response.body());
        if (status == 401 || status == 403) {
            throw CredentialsException.of(request, status, excerpt);
        }
        if (Retry.retryable(status)) {
            throw HttpException.gaveUp(request, attempts, status, excerpt, null);
        }
        throw HttpException.status(request, status, excerpt, attempts);
    }

    /**
     * The start of a body for a message: on one line, secrets removed, at most {@value
     * #EXCERPT_CHARS} characters. Secrets are removed from the first 4 KiB before it is cut to
     * that length, so that a secret cut in two by the excerpt's end cannot slip through.
     */
    static String excerpt(Request request, byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        byte[] head = body.length > 4096 ? Arrays.copyOf(body, 4096) : body;
        String text =
                new String(head, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        text = request.source().redact(text);
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "...";
    }
}
