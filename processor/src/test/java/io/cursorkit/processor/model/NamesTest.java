package io.cursorkit.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The naming rules of generated types and defaults. */
class NamesTest {
    @Test
    void streamNamesDefaultToSnakeCase() {
        assertEquals("stock_prices", Names.snakeCase("StockPrices"));
        assertEquals("http_logs", Names.snakeCase("HTTPLogs"));
        assertEquals("my_url_parser", Names.snakeCase("MyURLParser"));
        assertEquals("prices2024", Names.snakeCase("Prices2024"));
        assertEquals("abc", Names.snakeCase("ABC"));
        assertEquals("tickers", Names.snakeCase("Tickers"));
    }

    @Test
    void choiceOptionTitlesAreTheNameWithSpaces() {
        assertEquals("Api Key Header", Names.humanize("ApiKeyHeader"));
        assertEquals("OAuth2 Refresh Token", Names.humanize("OAuth2RefreshToken"));
        assertEquals("HTTP Basic", Names.humanize("HTTP_Basic"));
        assertEquals("None", Names.humanize("None"));
    }

    @Test
    void mainClassIsNamedFromTheConnectorName() {
        assertEquals("SourceStockPricesMain", Names.mainClass("source-stock-prices"));
        assertEquals("SourceS3Main", Names.mainClass("source-s3"));
    }

    @Test
    void generatedNamesJoinNestedNamesWithUnderscores() {
        ClassName inner = ClassName.get("p", "Outer", "Inner");
        assertEquals(ClassName.get("p", "Outer_Inner_Stream"), Names.generated(inner, "_Stream"));
    }

    @Test
    void validNames() {
        assertTrue(Names.isValidStreamName("stock_prices_2"));
        assertFalse(Names.isValidStreamName("stock-prices"));
        assertFalse(Names.isValidStreamName(""));
        assertTrue(Names.isValidConnectorName("source-stock-prices"));
        assertFalse(Names.isValidConnectorName("Source-Stock"));
        assertFalse(Names.isValidConnectorName("source--x"));
        assertFalse(Names.isValidConnectorName("source-"));
    }

    @Test
    void nearestNameIsSuggestedOnlyWhenClose() {
        List<String> names = List.of("stock_ticker", "date", "price");
        assertEquals("stock_ticker", Names.nearest("stock_tickr", names));
        assertEquals("date", Names.nearest("Date", names));
        assertNull(Names.nearest("volume", names));
    }
}
