package io.cursorkit.http;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * At most {@code permits} attempts in any window of {@code period}: a sliding window over the
 * start times of the last attempts. It allows a burst of {@code permits} and then one attempt each
 * time the oldest leaves the window, which keeps under both fixed-window and sliding-window server
 * limits of the same figures. Shared by the threads of one source: a waiting thread holds the lock,
 * so that the others queue behind it in order.
 */
final class RateLimiter {
    private final int permits;
    private final long periodNanos;
    private final TimeSource time;
    private final ArrayDeque<Long> starts = new ArrayDeque<>();

    RateLimiter(int permits, Duration period, TimeSource time) {
        this.permits = permits;
        this.periodNanos = period.toNanos();
        this.time = time;
    }

    /** Waits until one more attempt keeps within the limit, and counts it as started now. */
    synchronized void acquire() throws InterruptedException {
        while (true) {
            long now = time.nanoTime();
            while (!starts.isEmpty() && now - starts.peekFirst() >= periodNanos) {
                starts.removeFirst();
            }
            if (starts.size() < permits) {
                starts.addLast(now);
                return;
            }
            time.sleep(Duration.ofNanos(starts.peekFirst() + periodNanos - now));
        }
    }
}
