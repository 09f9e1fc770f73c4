package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CursorField;

/** An invoice of an account: {@code account,number,day} in a CSV file. */
public record Invoice(long account, long number, @CursorField long day) {}
