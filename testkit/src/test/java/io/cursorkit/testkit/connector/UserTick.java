package io.cursorkit.testkit.connector;

import java.time.LocalDate;

/**
 * A trade-like row of {@code user_cursor}: {@code ticker,seq,day,value} in a CSV file. No
 * {@code @CursorField}: the user chooses {@code day} or {@code seq} (an auto-increment id).
 */
public record UserTick(String ticker, long seq, LocalDate day, double value) {}
