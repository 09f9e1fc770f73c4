package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CursorField;
import java.time.Instant;

/** A price tick of the {@code ticks} stream: {@code id,epoch_millis,price} in its CSV file. */
public record Tick(long id, @CursorField Instant at, double price) {}
