package io.cursorkit.sample.stockprices.jdbc;

import io.cursorkit.runtime.ConfigException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What differs between the databases the sample supports: how dates and timestamps are stored, and
 * how to sort text by its bytes. Everything else (the SQL of the queries, the schema's DDL) is the
 * same on both.
 */
public enum Dialect {
    /**
     * SQLite has no date types: dates are stored as {@code yyyy-MM-dd} text and timestamps as UTC
     * text of fixed width ({@code 2024-01-02T10:00:00.000000Z}), so that text order is time order
     * and the queries' comparisons work unchanged.
     */
    SQLITE(Dialect.SQLITE_URL_PREFIX) {
        @Override
        public void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
            statement.setString(index, DateTimeFormatter.ISO_LOCAL_DATE.format(value));
        }

        @Override
        public void setTimestamp(PreparedStatement statement, int index, OffsetDateTime value) throws SQLException {
            statement.setString(index, SQLITE_TIMESTAMP.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
        }

        @Override
        public LocalDate getDate(ResultSet row, String column) throws SQLException {
            String text = row.getString(column);
            return text == null ? null : parse(column, text, () -> LocalDate.parse(text));
        }

        @Override
        public OffsetDateTime getTimestamp(ResultSet row, String column) throws SQLException {
            String text = row.getString(column);
            return text == null ? null : parse(column, text, () -> OffsetDateTime.parse(text));
        }
    },

    /** PostgreSQL: {@code date} and {@code timestamp with time zone}, through JDBC 4.2 types. */
    POSTGRESQL("jdbc:postgresql:") {
        @Override
        public void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
            statement.setObject(index, value);
        }

        @Override
        public void setTimestamp(PreparedStatement statement, int index, OffsetDateTime value) throws SQLException {
            statement.setObject(index, value);
        }

        @Override
        public LocalDate getDate(ResultSet row, String column) throws SQLException {
            return row.getObject(column, LocalDate.class);
        }

        @Override
        public OffsetDateTime getTimestamp(ResultSet row, String column) throws SQLException {
            return row.getObject(column, OffsetDateTime.class);
        }
    };

    /** How SQLite JDBC URLs start: {@code jdbc:sqlite:<file>}. */
    public static final String SQLITE_URL_PREFIX = "jdbc:sqlite:";

    /** Microseconds always written, so that every stored timestamp has the same width. */
    private static final DateTimeFormatter SQLITE_TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    private final String urlPrefix;

    Dialect(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /** The dialect of a JDBC URL. */
    public static Dialect of(String jdbcUrl) throws ConfigException {
        for (Dialect dialect : values()) {
            if (jdbcUrl.startsWith(dialect.urlPrefix)) {
                return dialect;
            }
        }
        throw new ConfigException("jdbc_url must start with jdbc:sqlite: or jdbc:postgresql:, found \""
                + Database.printable(jdbcUrl)
                + "\". Write jdbc:sqlite:<file> or jdbc:postgresql://<host>:<port>/<database>, or leave"
                + " jdbc_url out to use the embedded demo database.");
    }

    String urlPrefix() {
        return urlPrefix;
    }

    /**
     * A column compared and sorted by the bytes of its text, as Java's {@code String.compareTo}
     * orders ASCII text, whatever the database's default collation: {@code symbol COLLATE BINARY}
     * (SQLite), {@code symbol COLLATE "C"} (PostgreSQL). A stream resumable by a text key needs its
     * database to sort as the runtime checks.
     */
    public String inByteOrder(String column) {
        return column + (this == SQLITE ? " COLLATE BINARY" : " COLLATE \"C\"");
    }

    public abstract void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException;

    public abstract void setTimestamp(PreparedStatement statement, int index, OffsetDateTime value) throws SQLException;

    public abstract LocalDate getDate(ResultSet row, String column) throws SQLException;

    public abstract OffsetDateTime getTimestamp(ResultSet row, String column) throws SQLException;

    private interface Parse<T> {
        T parse();
    }

    private static <T> T parse(String column, String text, Parse<T> parse) throws SQLException {
        try {
            return parse.parse();
        } catch (DateTimeParseException e) {
            throw new SQLException("column " + column + " holds \"" + text + "\", which is not an ISO-8601 value", e);
        }
    }
}
