package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CursorField;

/** A row with a numeric cursor that may be null: {@code id,seq,note} in a CSV file. */
public record Row(long id, @CursorField Long seq, String note) {}
