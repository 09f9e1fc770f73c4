package io.cursorkit.runtime.internal;

/** A stream declared sorted ({@code @CheckpointInterval}) returned a cursor below an earlier one. */
final class OrderViolation extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Object cursor;
    private final transient Object previous;

    OrderViolation(Object cursor, Object previous) {
        super(null, null, false, false);
        this.cursor = cursor;
        this.previous = previous;
    }

    /** The out-of-order cursor value. */
    Object cursor() {
        return cursor;
    }

    /** The higher value it came after. */
    Object previous() {
        return previous;
    }
}
