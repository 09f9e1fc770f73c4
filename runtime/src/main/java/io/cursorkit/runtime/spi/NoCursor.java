package io.cursorkit.runtime.spi;

/**
 * The cursor type argument {@code C} of a stream that has no cursor (a full refresh only stream).
 * It has no values, so the only cursor such a stream can report is {@code null}; unlike {@link
 * Void} it satisfies the bound {@code C extends Comparable<? super C>} of {@link GeneratedStream}.
 */
public enum NoCursor {}
