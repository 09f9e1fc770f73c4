package io.cursorkit.sample.stockticker.api;

import java.util.concurrent.TimeUnit;

/**
 * The local API's rate limit: a bucket of {@code capacity} tokens that refills at {@code
 * perSecond} tokens a second. Each request takes one; a request that finds none is answered 429
 * with the whole seconds until the next token in {@code Retry-After}.
 */
final class TokenBucket {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    TokenBucket(int capacity, int perSecond) {
        this.capacity = capacity;
        this.perNano = perSecond / (double) TimeUnit.SECONDS.toNanos(1);
        this.tokens = capacity;
        this.last = System.nanoTime();
    }

    /** 0 when a token was taken, else the seconds to wait (at least 1) before one is there. */
    synchronized long take() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        double nanos = (1 - tokens) / perNano;
        return Math.max(1, (long) Math.ceil(nanos / TimeUnit.SECONDS.toNanos(1)));
    }
}
