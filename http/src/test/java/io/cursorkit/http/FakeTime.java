package io.cursorkit.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A {@link TimeSource} whose sleeps only move its clocks forward, and are remembered. */
final class FakeTime implements TimeSource {
    static final Instant START = Instant.parse("2024-03-01T12:00:00Z");

    private long nanos;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized Instant now() {
        return START.plusNanos(nanos);
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        if (!duration.isNegative()) {
            nanos += duration.toNanos();
        }
    }

    /** The time passed since the start. */
    synchronized Duration elapsed() {
        return Duration.ofNanos(nanos);
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
