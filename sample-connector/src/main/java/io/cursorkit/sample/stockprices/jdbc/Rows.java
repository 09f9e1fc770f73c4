package io.cursorkit.sample.stockprices.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The rows of a running {@link Query}, mapped to records one at a time as they are iterated. The
 * cursorkit runtime closes it when the stream is done with it, on every path, failures included;
 * closing releases the result set, the statement and the connection.
 */
public final class Rows<T> implements Iterator<T>, AutoCloseable {
    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet resultSet;
    private final Row row;
    private final Query.RowMapper<T> mapper;
    private T next;
    private boolean done;

    Rows(Connection connection, PreparedStatement statement, ResultSet resultSet, Row row, Query.RowMapper<T> mapper) {
        this.connection = connection;
        this.statement = statement;
        this.resultSet = resultSet;
        this.row = row;
        this.mapper = mapper;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                if (resultSet.next()) {
                    next = mapper.map(row);
                } else {
                    done = true;
                }
            } catch (SQLException e) {
                throw new ReadException("reading " + row.table() + " failed: " + e.getMessage(), e);
            }
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T result = next;
        next = null;
        return result;
    }

    /** Closes the result set, the statement and the connection, in that order, even if one fails. */
    @Override
    public void close() throws SQLException {
        try (connection;
                statement;
                resultSet) {
            // try-with-resources closes them in reverse order and keeps every failure
        }
    }
}
