package io.cursorkit.sample.stockprices.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The current row of a result set, read by column name with the database's {@link Dialect}.
 * Required columns throw a {@link DataException} naming the row when they are NULL, rather than
 * turning NULL into 0 or an empty string.
 */
public final class Row {
    private final ResultSet resultSet;
    private final Dialect dialect;
    private final Query query;

    Row(ResultSet resultSet, Dialect dialect, Query query) {
        this.resultSet = resultSet;
        this.dialect = dialect;
        this.query = query;
    }

    /** The table the row comes from. */
    public String table() {
        return query.table();
    }

    public String string(String column) throws SQLException {
        return required(column, resultSet.getString(column));
    }

    /** A column that may be NULL. */
    public String nullableString(String column) throws SQLException {
        return resultSet.getString(column);
    }

    public long longValue(String column) throws SQLException {
        long value = resultSet.getLong(column);
        return resultSet.wasNull() ? required(column, null) : value;
    }

    public double doubleValue(String column) throws SQLException {
        double value = resultSet.getDouble(column);
        return resultSet.wasNull() ? required(column, null) : value;
    }

    public LocalDate date(String column) throws SQLException {
        return required(column, dialect.getDate(resultSet, column));
    }

    public OffsetDateTime timestamp(String column) throws SQLException {
        return required(column, dialect.getTimestamp(resultSet, column));
    }

    /** Fails the sync on a value the connector cannot represent, naming the row and the fix. */
    public DataException invalid(String column, String problem) {
        return new DataException(query.table() + " row " + describe() + ": column " + column + " " + problem);
    }

    private <T> T required(String column, T value) {
        if (value == null) {
            throw invalid(
                    column,
                    "is NULL, but the connector needs a value there. Fix the row in the database and run the sync"
                            + " again: it resumes where it stopped.");
        }
        return value;
    }

    /** Names the row for messages by its key columns: {@code (stock_ticker=AAPL, date=2024-01-02)}. */
    private String describe() {
        StringBuilder text = new StringBuilder("(");
        for (String column : query.key()) {
            if (text.length() > 1) {
                text.append(", ");
            }
            String value;
            try {
                value = resultSet.getString(column);
            } catch (SQLException e) {
                value = "?";
            }
            text.append(column).append('=').append(value);
        }
        return text.append(')').toString();
    }
}
