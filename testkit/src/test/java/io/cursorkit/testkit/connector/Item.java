package io.cursorkit.testkit.connector;

/** A row of the full refresh stream: {@code id,seq,note} in a CSV file, no cursor. */
public record Item(long id, Long seq, String note) {}
