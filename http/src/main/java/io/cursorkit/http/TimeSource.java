package io.cursorkit.http;

import java.time.Duration;
import java.time.Instant;

/**
 * The clocks and the sleep an {@link HttpSource} waits with: between retries and for the rate limit.
 *
 * <p>Connectors use {@link #system()}, the default. Tests pass their own so that a backoff of
 * seconds costs no time: {@link #sleep} then only advances a fake clock. Rules:
 *
 * <ul>
 *   <li>{@link #now()} is the wall clock; it is only used to turn a {@code Retry-After} HTTP date
 *       into a delay when the response carries no {@code Date} header.
 *   <li>{@link #nanoTime()} is monotonic (never goes back); the rate limit measures with it.
 *   <li>{@link #sleep} returns after {@code duration} has passed on {@link #nanoTime()}, or throws
 *       {@link InterruptedException} when the thread is interrupted.
 * </ul>
 */
public interface TimeSource {

    /** The current time of day, for HTTP dates. */
    Instant now();

    /** A monotonic time in nanoseconds, with an arbitrary origin, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Waits {@code duration} (zero or negative: does not wait). */
    void sleep(Duration duration) throws InterruptedException;

    /** The real clocks and {@code Thread.sleep}. */
    static TimeSource system() {
        return SystemTime.INSTANCE;
    }
}
