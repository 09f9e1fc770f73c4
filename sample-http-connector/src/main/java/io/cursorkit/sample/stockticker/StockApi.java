package io.cursorkit.sample.stockticker;

import io.cursorkit.http.HttpSource;
import io.cursorkit.http.Retry;
import io.cursorkit.runtime.ConfigException;
import java.time.Duration;

/**
 * The stock API as every stream of the connector talks to it: base URL, key, rate limit, retries
 * (by default cursorkit-http's: 5 attempts, 1 s doubling, {@code Retry-After} honoured, on 408,
 * 429, 5xx, timeouts and dropped connections).
 */
final class StockApi {
    private final HttpSource source;

    private StockApi(HttpSource source) {
        this.source = source;
    }

    static StockApi of(StockTickerConfig config) throws ConfigException {
        return of(config, Retry.defaults());
    }

    /** With {@code retry} instead of the defaults ({@code check} gives up sooner than a sync). */
    static StockApi of(StockTickerConfig config, Retry retry) throws ConfigException {
        HttpSource.Builder builder = HttpSource.builder(config.baseUri())
                .secretHeader("X-Api-Key", config.apiKey())
                .retries(retry);
        if (config.requestsPerSecond() != null && config.requestsPerSecond() > 0) {
            builder.rateLimit(config.requestsPerSecond(), Duration.ofSeconds(1));
        }
        return new StockApi(builder.build());
    }

    HttpSource source() {
        return source;
    }
}
