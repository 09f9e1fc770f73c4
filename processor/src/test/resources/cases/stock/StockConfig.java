package test;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.Connector;
import io.cursorkit.annotations.Secret;
import java.time.LocalDate;

@Connector(name = "source-stock-prices", documentationUrl = "https://example.com/docs/stock-prices")
public record StockConfig(
        @JsonProperty("database_url") String databaseUrl,
        @JsonProperty(value = "start_date", required = true) LocalDate startDate,
        @Secret @JsonProperty("password") String password) {

    public void check() throws Exception {
        if (databaseUrl == null) {
            throw new IllegalStateException("no database_url");
        }
    }
}
