package io.cursorkit.http;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** {@link TimeSource#system()}: the real clocks and {@code Thread.sleep}. */
enum SystemTime implements TimeSource {
    INSTANCE;

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        }
    }
}
