package io.cursorkit.sample.stockprices.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables the connector reads, as DDL that SQLite and PostgreSQL both accept. On SQLite the
 * date and timestamp columns hold ISO-8601 text (see {@code Dialect.SQLITE}).
 */
public final class Schema {
    private Schema() {}

    /** The statements, in order. */
    public static final List<String> DDL = List.of(
            "CREATE TABLE tickers ("
                    + " symbol VARCHAR(16) PRIMARY KEY,"
                    + " name VARCHAR(200) NOT NULL,"
                    + " exchange VARCHAR(16) NOT NULL)",
            // The prices are nullable so that a bad row can exist: the connector rejects it by name.
            "CREATE TABLE stock_prices ("
                    + " stock_ticker VARCHAR(16) NOT NULL,"
                    + " date DATE NOT NULL,"
                    + " open DOUBLE PRECISION,"
                    + " high DOUBLE PRECISION,"
                    + " low DOUBLE PRECISION,"
                    + " close DOUBLE PRECISION,"
                    + " volume BIGINT,"
                    + " PRIMARY KEY (stock_ticker, date))",
            "CREATE INDEX stock_prices_by_date ON stock_prices (date, stock_ticker)",
            "CREATE TABLE trades ("
                    + " id BIGINT PRIMARY KEY,"
                    + " stock_ticker VARCHAR(16) NOT NULL,"
                    + " side VARCHAR(4) NOT NULL,"
                    + " quantity BIGINT NOT NULL,"
                    + " price DOUBLE PRECISION NOT NULL,"
                    + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL)",
            "CREATE INDEX trades_by_updated_at ON trades (updated_at, id)",
            CorporateActionData.DDL);

    /** Creates the tables in the connection's current schema. */
    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
        }
    }
}
