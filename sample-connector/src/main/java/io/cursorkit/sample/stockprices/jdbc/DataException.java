package io.cursorkit.sample.stockprices.jdbc;

/** A row holds a value the connector cannot turn into a record: the message names the row and the fix. */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DataException(String message) {
        super(message);
    }
}
