package io.cursorkit.sample.stockprices;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.sample.stockprices.demo.DemoData;
import io.cursorkit.sample.stockprices.demo.Schema;
import io.cursorkit.sample.stockprices.jdbc.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A database of its own for one test, with the sample's tables: a SQLite file in a temporary
 * directory, or a schema of a unique name in the PostgreSQL server that the environment names.
 * Closing it deletes the file or drops the schema.
 */
abstract class TestDatabase implements AutoCloseable {
    static final String POSTGRES_URL = "CURSORKIT_TEST_POSTGRES_URL";
    static final String POSTGRES_USER = "CURSORKIT_TEST_POSTGRES_USER";
    static final String POSTGRES_PASSWORD = "CURSORKIT_TEST_POSTGRES_PASSWORD";

    final Dialect dialect;

    private TestDatabase(Dialect dialect) {
        this.dialect = dialect;
    }

    abstract String jdbcUrl();

    abstract String user();

    abstract String password();

    abstract Connection connect() throws SQLException;

    /** The tables, filled with demo rows from {@code first} to {@code last}. */
    DemoData.Rows fill(LocalDate first, LocalDate last) throws SQLException {
        DemoData.Rows rows = DemoData.generate(first, last);
        try (Connection connection = connect()) {
            Schema.create(connection);
            DemoData.insert(connection, dialect, rows);
        }
        return rows;
    }

    /** Runs statements with autocommit. */
    void execute(String... sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    /** A connector config for this database. */
    ObjectNode config(LocalDate startDate) {
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        config.put("jdbc_url", jdbcUrl());
        if (user() != null) {
            config.put("user", user());
        }
        if (password() != null) {
            config.put("password", password());
        }
        config.put("start_date", startDate.toString());
        return config;
    }

    static TestDatabase sqlite() throws IOException {
        return new Sqlite(Files.createTempDirectory("stock-prices-test-"));
    }

    /** Null when the environment names no PostgreSQL server. */
    static TestDatabase postgresOrNull() throws SQLException {
        String url = System.getenv(POSTGRES_URL);
        if (url == null || url.isBlank()) {
            return null;
        }
        return new Postgres(url, System.getenv(POSTGRES_USER), System.getenv(POSTGRES_PASSWORD));
    }

    private static final class Sqlite extends TestDatabase {
        private final Path directory;
        private final Path file;

        Sqlite(Path directory) {
            super(Dialect.SQLITE);
            this.directory = directory;
            this.file = directory.resolve("stocks.sqlite");
        }

        @Override
        String jdbcUrl() {
            return Dialect.SQLITE_URL_PREFIX + file;
        }

        @Override
        String user() {
            return null;
        }

        @Override
        String password() {
            return null;
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl());
        }

        @Override
        public void close() throws IOException {
            try (var files = Files.list(directory)) {
                for (Path each : files.toList()) {
                    Files.delete(each);
                }
            }
            Files.delete(directory);
        }
    }

    private static final class Postgres extends TestDatabase {
        private final String serverUrl;
        private final String user;
        private final String password;
        private final String schema;

        Postgres(String serverUrl, String user, String password) throws SQLException {
            super(Dialect.POSTGRESQL);
            this.serverUrl = serverUrl;
            this.user = user;
            this.password = password;
            this.schema = "stock_prices_test_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
        }

        @Override
        String jdbcUrl() {
            return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema="
                    + schema.toLowerCase(Locale.ROOT);
        }

        @Override
        String user() {
            return user;
        }

        @Override
        String password() {
            return password;
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl(), user, password);
        }

        @Override
        public void close() throws SQLException {
            try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
