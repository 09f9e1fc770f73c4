package io.cursorkit.http;

import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * When a request is sent again: an immutable policy, {@link #defaults()} unless the builder says
 * otherwise.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li><b>What is retried:</b> the answers {@code 408}, {@code 429} and every {@code 5xx} except
 *       {@code 501} and {@code 505} (which will not change), and a request that failed without an
 *       answer: a timeout ({@link HttpSource.Builder#timeout}), a refused or reset connection (any
 *       {@link IOException} of the HTTP client). Nothing else: a {@code 4xx} is the request's
 *       fault and fails at once.
 *   <li><b>How long it waits:</b> the answer's {@code Retry-After} when it has one (seconds or an
 *       HTTP date), exactly, without jitter; else an exponential backoff: {@link #baseDelay()}
 *       before the second attempt, doubling after each attempt, never more than {@link
 *       #maxDelay()}, each delay moved at random by up to {@link #jitter()} of itself (so that
 *       many clients do not come back at the same instant) and then capped at {@link #maxDelay()}
 *       again.
 *   <li><b>When it gives up:</b> after {@link #maxAttempts()} attempts (the first included), or at
 *       once when a {@code Retry-After} asks for a wait longer than {@link #maxDelay()}. The
 *       {@link HttpException} then names the number of attempts and the last status or error.
 *   <li>Every attempt waits for the rate limit, if there is one, like any other request.
 * </ul>
 *
 * <p>The backoff arithmetic is <a href="https://failsafe.dev">Failsafe</a>'s {@link RetryPolicy};
 * the waiting is done with the source's {@link TimeSource}, so that tests do not wait.
 */
public final class Retry {
    private static final Retry DEFAULTS = new Retry(5, Duration.ofSeconds(1), Duration.ofSeconds(60), 0.25);
    private static final Retry NONE = new Retry(1, Duration.ofSeconds(1), Duration.ofSeconds(60), 0.25);

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final double jitter;

    private Retry(int maxAttempts, Duration baseDelay, Duration maxDelay, double jitter) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "maxAttempts must be at least 1 (the first attempt), not " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || baseDelay.isZero()) {
            throw new IllegalArgumentException("baseDelay must be positive, not " + baseDelay);
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException(
                    "maxDelay (" + maxDelay + ") must be at least baseDelay (" + baseDelay + ")");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, not " + jitter);
        }
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.jitter = jitter;
    }

    /** 5 attempts, 1 s before the second, doubling up to 60 s, jitter 0.25. */
    public static Retry defaults() {
        return DEFAULTS;
    }

    /** One attempt: every failure is final (the delays of {@link #defaults()} are kept, unused). */
    public static Retry none() {
        return NONE;
    }

    /** This policy with at most {@code attempts} attempts in all, the first included (at least 1). */
    public Retry maxAttempts(int attempts) {
        return new Retry(attempts, baseDelay, maxDelay, jitter);
    }

    /** This policy waiting {@code delay} before the second attempt (positive, at most {@link #maxDelay()}). */
    public Retry baseDelay(Duration delay) {
        return new Retry(maxAttempts, delay, maxDelay, jitter);
    }

    /** This policy never waiting longer than {@code delay} between two attempts. */
    public Retry maxDelay(Duration delay) {
        return new Retry(maxAttempts, baseDelay, delay, jitter);
    }

    /** This policy moving each backoff delay at random by up to {@code factor} of itself (0 to 1; 0: exact). */
    public Retry jitter(double factor) {
        return new Retry(maxAttempts, baseDelay, maxDelay, factor);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration baseDelay() {
        return baseDelay;
    }

    public Duration maxDelay() {
        return maxDelay;
    }

    public double jitter() {
        return jitter;
    }

    /** Whether an answer with this status is worth another attempt. */
    public static boolean retryable(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
    }

    /** The Failsafe policy: which outcomes are failures, and the backoff between them. */
    RetryPolicy<HttpResponse<byte[]>> policy() {
        RetryPolicyBuilder<HttpResponse<byte[]>> builder = RetryPolicy.<HttpResponse<byte[]>>builder()
                .handle(IOException.class)
                .handleResultIf(response -> retryable(response.statusCode()))
                .withMaxAttempts(maxAttempts);
        if (baseDelay.equals(maxDelay)) {
            builder.withDelay(baseDelay);
        } else {
            builder.withBackoff(baseDelay, maxDelay);
        }
        if (jitter > 0) {
            builder.withJitter(jitter);
        }
        return builder.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Retry that
                && maxAttempts == that.maxAttempts
                && baseDelay.equals(that.baseDelay)
                && maxDelay.equals(that.maxDelay)
                && jitter == that.jitter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, baseDelay, maxDelay, jitter);
    }

    @Override
    public String toString() {
        return "Retry[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay + ", jitter="
                + jitter + "]";
    }
}
