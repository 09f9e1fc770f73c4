package io.cursorkit.sample.stockprices.jdbc;

import java.sql.SQLException;

/**
 * Reading a query's next row failed. Unchecked because {@link java.util.Iterator#next()} cannot
 * throw {@link SQLException}; the cause is kept.
 */
public final class ReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReadException(String message, SQLException cause) {
        super(message, cause);
    }
}
