package io.cursorkit.sample.stockprices.jdbc;

import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.StockPricesConfig;
import io.cursorkit.sample.stockprices.demo.DemoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Where the connector reads from: a JDBC URL with its credentials and {@link Dialect}. It opens a
 * new connection for every query, which the query's {@link Rows} closes.
 */
public final class Database {
    /** The embedded demo database's file, in the working directory, used when jdbc_url is left out. */
    public static final String DEMO_FILE = "stock-prices-demo.db";

    private static final List<String> TABLES = List.of("tickers", "stock_prices", "trades", "corporate_actions");

    private final String url;
    private final Dialect dialect;
    private final Properties credentials;

    private Database(String url, Dialect dialect, Properties credentials) {
        this.url = url;
        this.dialect = dialect;
        this.credentials = credentials;
    }

    /**
     * The database that {@code config} names. Without a jdbc_url that is the embedded demo database,
     * which is created and filled on first use.
     *
     * @throws ConfigException when the URL is of an unsupported kind, or names a SQLite file that
     *     does not exist (opening it would silently create an empty database)
     */
    public static Database from(StockPricesConfig config) throws ConfigException {
        Properties credentials = new Properties();
        if (config.user() != null) {
            credentials.setProperty("user", config.user());
        }
        if (config.password() != null) {
            credentials.setProperty("password", config.password());
        }
        String url = config.jdbcUrl();
        if (url == null || url.isBlank()) {
            Path demo = Path.of(DEMO_FILE).toAbsolutePath();
            DemoDatabase.ensureExists(demo);
            return new Database(Dialect.SQLITE.urlPrefix() + demo, Dialect.SQLITE, credentials);
        }
        Dialect dialect = Dialect.of(url);
        if (dialect == Dialect.SQLITE) {
            Path file = sqliteFile(url);
            if (file != null && !Files.exists(file)) {
                throw new ConfigException("jdbc_url names the SQLite file " + file.toAbsolutePath()
                        + ", which does not exist. Check the path, or leave jdbc_url out to use the embedded"
                        + " demo database.");
            }
        }
        return new Database(url, dialect, credentials);
    }

    /** The database at {@code url}, with optional credentials: for tools and tests. */
    public static Database at(String url, String user, String password) throws ConfigException {
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        return new Database(url, Dialect.of(url), credentials);
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * Opens a connection. Failures to reach or log in to the server are the user's to fix, and
     * reported as such: SQLSTATE class 08 (connection) and 28 (authorization), and SQLite's
     * "cannot open".
     */
    public Connection open() throws ConfigException, SQLException {
        try {
            return DriverManager.getConnection(url, credentials);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("08") || state.startsWith("28") || dialect == Dialect.SQLITE) {
                throw new ConfigException(
                        "cannot connect to " + printable(url) + ": " + e.getMessage()
                                + ". Check jdbc_url, user and password, and that the database is running.",
                        e);
            }
            throw e;
        }
    }

    /**
     * Checks that the connector can read every table it syncs.
     *
     * @throws ConfigException naming the table that cannot be read and why
     */
    public void checkReadable() throws ConfigException {
        try (Connection connection = open()) {
            for (String table : TABLES) {
                try (var statement = connection.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0")) {
                    statement.executeQuery().close();
                } catch (SQLException e) {
                    throw new ConfigException(
                            "cannot read the table " + table + " in " + printable(url) + ": " + e.getMessage()
                                    + ". The database needs the tables " + String.join(", ", TABLES)
                                    + " (see sample-connector/README or DemoData), readable by this user.",
                            e);
                }
            }
        } catch (SQLException e) {
            throw new ConfigException("cannot check " + printable(url) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return printable(url);
    }

    /**
     * The URL for messages: without its query part and without user info ({@code //user:pass@}),
     * either of which may carry a password.
     */
    static String printable(String url) {
        int query = url.indexOf('?');
        String withoutQuery = query < 0 ? url : url.substring(0, query) + "?...";
        return withoutQuery.replaceFirst("//[^/@]*@", "//...@");
    }

    private static Path sqliteFile(String url) {
        String rest = url.substring(Dialect.SQLITE.urlPrefix().length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.isEmpty() || rest.equals(":memory:") || rest.startsWith("file:") || rest.startsWith(":resource:")) {
            return null;
        }
        return Path.of(rest);
    }
}
