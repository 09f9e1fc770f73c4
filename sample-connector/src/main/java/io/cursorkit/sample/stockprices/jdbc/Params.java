package io.cursorkit.sample.stockprices.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Binds a query's parameters in order, one per {@code ?}, converting dates and timestamps the way
 * the database's {@link Dialect} stores them. Every value reaches the database as a parameter,
 * never as SQL text.
 */
public final class Params {
    private final PreparedStatement statement;
    private final Dialect dialect;
    private int index;

    Params(PreparedStatement statement, Dialect dialect) {
        this.statement = statement;
        this.dialect = dialect;
    }

    public Params date(LocalDate value) throws SQLException {
        dialect.setDate(statement, ++index, value);
        return this;
    }

    public Params timestamp(OffsetDateTime value) throws SQLException {
        dialect.setTimestamp(statement, ++index, value);
        return this;
    }

    public Params string(String value) throws SQLException {
        statement.setString(++index, value);
        return this;
    }

    /** One parameter per value, for the placeholders of {@link #placeholders}. */
    public Params strings(List<String> values) throws SQLException {
        for (String value : values) {
            string(value);
        }
        return this;
    }

    public Params number(long value) throws SQLException {
        statement.setLong(++index, value);
        return this;
    }

    public Params number(double value) throws SQLException {
        statement.setDouble(++index, value);
        return this;
    }

    /** {@code ?, ?, ?}: one placeholder per value, for an {@code IN (...)} list. */
    public static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** Binds a query's parameters. */
    @FunctionalInterface
    public interface Binder {
        void bind(Params params) throws SQLException;
    }
}
