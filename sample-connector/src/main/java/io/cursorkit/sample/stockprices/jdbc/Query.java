package io.cursorkit.sample.stockprices.jdbc;

import io.cursorkit.runtime.ConfigException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A SELECT with {@code ?} parameters, over one table whose key columns name a row in messages.
 *
 * @param table the table read, for messages
 * @param key the columns that identify a row, for messages
 * @param sql the statement; every value is a {@code ?} parameter
 */
public record Query(String table, List<String> key, String sql) {
    /** Rows fetched from the server at a time: rows are streamed, never all held in memory. */
    public static final int FETCH_SIZE = 1_000;

    public Query {
        key = List.copyOf(key);
    }

    /**
     * Runs the query on a new connection and streams its rows through {@code mapper}. The returned
     * {@link Rows} owns the connection, statement and result set, and closes them; if anything
     * fails before it is returned, what was opened is closed here.
     */
    public <T> Rows<T> open(Database database, Params.Binder binder, RowMapper<T> mapper)
            throws ConfigException, SQLException {
        Connection connection = database.open();
        try {
            // PostgreSQL streams with a fetch size only inside a transaction; without one it reads
            // the whole result into memory.
            connection.setAutoCommit(false);
            PreparedStatement statement =
                    connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            binder.bind(new Params(statement, database.dialect()));
            ResultSet resultSet = statement.executeQuery();
            return new Rows<>(connection, statement, resultSet, new Row(resultSet, database.dialect(), this), mapper);
        } catch (SQLException | RuntimeException | Error e) {
            try {
                connection.close(); // closes the statement and result set too
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Turns the current row into a record. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }
}
