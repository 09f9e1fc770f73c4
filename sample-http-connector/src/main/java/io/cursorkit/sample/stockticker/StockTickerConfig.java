package io.cursorkit.sample.stockticker;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.cursorkit.annotations.Connector;
import io.cursorkit.annotations.Secret;
import io.cursorkit.http.CredentialsException;
import io.cursorkit.http.HttpException;
import io.cursorkit.http.Retry;
import io.cursorkit.runtime.ConfigException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration of source-stock-ticker-api, as the user writes it in {@code config.json}.
 *
 * <p>The API key goes in the {@code X-Api-Key} header of every request. (An API that wants it as a
 * query parameter instead would take {@code .query("api_key", ...)} on the builder in {@link
 * StockApi}; cursorkit-http redacts both.)
 *
 * @param apiKey the key of the stock API; masked in every output
 * @param stockTickers the tickers to sync, such as {@code ["AAPL", "MSFT"]}
 * @param baseUrl where the API lives; null for {@value #DEFAULT_BASE_URL}, the local API that
 *     {@code run-api.sh} starts
 * @param pageSize trades per page, 1 to 1,000; null for 1,000
 * @param requestsPerSecond a client-side limit on requests; null for none (the API's own limit
 *     answers 429 with Retry-After, which the connector honours)
 */
@Connector(
        name = "source-stock-ticker-api",
        // Point this at your own connector's documentation when you copy the sample.
        documentationUrl = "https://example.com/docs/source-stock-ticker-api")
public record StockTickerConfig(
        @Secret
                @JsonProperty(value = "api_key", required = true)
                @JsonPropertyDescription("Key of the stock API, sent in the X-Api-Key header.")
                String apiKey,
        @JsonProperty(value = "stock_tickers", required = true)
                @JsonPropertyDescription("Tickers to sync, such as [\"AAPL\", \"MSFT\"].")
                List<String> stockTickers,
        @JsonProperty("base_url")
                @JsonPropertyDescription(
                        "Base URL of the API; default http://localhost:8642, the local API of" + " run-api.sh.")
                String baseUrl,
        @JsonProperty("page_size") @JsonPropertyDescription("Trades per page, 1 to 1000; default 1000.")
                Integer pageSize,
        @JsonProperty("requests_per_second")
                @JsonPropertyDescription("Send at most this many requests per second; default: no limit of"
                        + " our own (the API's 429 answers are waited out).")
                Integer requestsPerSecond) {

    public static final String DEFAULT_BASE_URL = "http://localhost:8642";
    public static final int MAX_PAGE_SIZE = 1000;

    /** The base URL to use: {@code base_url}, or the local API's. */
    public URI baseUri() throws ConfigException {
        String url = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("base_url \"" + url + "\" is not a URL; write it as http://host:port", e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new ConfigException(
                    "base_url \"" + url + "\" must be an http or https URL with a host, such as " + DEFAULT_BASE_URL);
        }
        if (uri.getQuery() != null) {
            throw new ConfigException("base_url \"" + url + "\" must not have a query (the part after ?)");
        }
        return uri;
    }

    /** The tickers, upper case, without blanks or repeats; a config_error when there are none. */
    public List<String> tickers() throws ConfigException {
        List<String> tickers = new ArrayList<>();
        if (stockTickers != null) {
            for (String ticker : stockTickers) {
                String symbol = ticker == null ? "" : ticker.strip().toUpperCase(Locale.ROOT);
                if (!symbol.isEmpty() && !tickers.contains(symbol)) {
                    tickers.add(symbol);
                }
            }
        }
        if (tickers.isEmpty()) {
            throw new ConfigException("stock_tickers names no ticker; list at least one, such as [\"AAPL\"]");
        }
        return tickers;
    }

    /** Trades per page: {@code page_size} or 1,000. */
    public int pageSizeOrDefault() throws ConfigException {
        if (pageSize == null) {
            return MAX_PAGE_SIZE;
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new ConfigException("page_size is " + pageSize + "; it must be 1 to " + MAX_PAGE_SIZE);
        }
        return pageSize;
    }

    /**
     * Asks the API for one day of each ticker's prices, so that {@code check} answers FAILED with
     * what to fix: the key, an unknown ticker, or an API that cannot be reached.
     */
    public void check() throws ConfigException {
        pageSizeOrDefault();
        if (requestsPerSecond != null && requestsPerSecond < 1) {
            throw new ConfigException(
                    "requests_per_second is " + requestsPerSecond + "; leave it out or give 1 or more");
        }
        // three attempts (about 3 s), not a sync's five: a person is waiting for the answer
        StockApi api = StockApi.of(this, Retry.defaults().maxAttempts(3));
        for (String ticker : tickers()) {
            try {
                api.source()
                        .get("/stock/{ticker}/chart/{range}", Map.of("ticker", ticker, "range", "1d"))
                        .json();
            } catch (CredentialsException e) {
                throw (ConfigException) e.getCause();
            } catch (HttpException e) {
                if (e.status().orElse(0) == 404) {
                    throw new ConfigException(
                            "The API does not know the ticker " + ticker + " (404 Not Found); fix it in stock_tickers",
                            e);
                }
                throw new ConfigException(
                        "Cannot read from the API at " + api.source().baseUrl() + ": " + e.getMessage()
                                + ". Check base_url, and that the API is up.",
                        e);
            }
        }
    }
}
