package io.cursorkit.sample.stockprices;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.cursorkit.annotations.Connector;
import io.cursorkit.annotations.Secret;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.jdbc.Database;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The configuration of source-stock-prices, as the user writes it in {@code config.json}.
 *
 * <p>Only {@code start_date} is required: without {@code jdbc_url} the connector reads an embedded
 * SQLite database, {@value Database#DEMO_FILE} in the working directory, which it creates and
 * fills with demo data when the file does not exist.
 *
 * @param jdbcUrl where the data lives: {@code jdbc:sqlite:<file>} or {@code
 *     jdbc:postgresql://host:port/database}; null for the embedded demo database
 * @param user the database user; null when the database needs none (SQLite)
 * @param password the database password; masked in every output
 * @param startDate the first day to sync, for prices and trades alike
 * @param tickers the tickers to sync; null or empty for all of them
 * @param lookbackWindow how far behind its saved cursor each sync of {@code trades} re-reads, an
 *     ISO-8601 duration; null for none
 */
@Connector(
        name = "source-stock-prices",
        // Point this at your own connector's documentation when you copy the sample.
        documentationUrl = "https://example.com/docs/source-stock-prices",
        // Each read opens its own connection, so tickers may be read side by side.
        maxConcurrency = 8)
public record StockPricesConfig(
        @JsonProperty("jdbc_url")
                @JsonPropertyDescription(
                        "JDBC URL of the database: jdbc:sqlite:<file> or jdbc:postgresql://host:port/db."
                                + " Leave it out to use an embedded SQLite demo database.")
                String jdbcUrl,
        @JsonProperty("user") @JsonPropertyDescription("Database user (PostgreSQL).") String user,
        @Secret @JsonProperty("password") @JsonPropertyDescription("Database password (PostgreSQL).") String password,
        @JsonProperty(value = "start_date", required = true)
                @JsonPropertyDescription("First day to sync, such as 2024-01-01.")
                LocalDate startDate,
        @JsonProperty("tickers")
                @JsonPropertyDescription("Tickers to sync, such as [\"AAPL\", \"MSFT\"]; all when left out.")
                List<String> tickers,
        @JsonProperty("lookback_window")
                @JsonPropertyDescription("How far behind the last synced updated_at each sync of trades re-reads,"
                        + " for trades committed late with an older timestamp: an ISO-8601 duration such as"
                        + " PT15M or P1D. Trades already synced are not sent again. None when left out.")
                String lookbackWindow) {

    /**
     * Connects to the database and checks that the connector can read its three tables, so that
     * {@code check} answers FAILED with a message that says what to fix.
     */
    public void check() throws ConfigException {
        if (startDate.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw new ConfigException("start_date " + startDate + " is in the future, so there is nothing to sync yet."
                    + " Set it to the first day you want, such as "
                    + LocalDate.now(ZoneOffset.UTC).withDayOfYear(1));
        }
        Database.from(this).checkReadable();
    }
}
