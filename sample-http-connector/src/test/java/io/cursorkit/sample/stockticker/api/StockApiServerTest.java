package io.cursorkit.sample.stockticker.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The local stock API itself, in process: what the connector's tests rely on. */
class StockApiServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static StockApiServer start(int rate, int failEvery) throws Exception {
        return StockApiServer.start(StockApiServer.Options.defaults()
                .withPort(0)
                .withData(LocalDate.of(2026, 1, 1), 10, 40)
                .withRate(rate)
                .withFailEvery(failEvery));
    }

    private static HttpResponse<String> get(StockApiServer server, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutTheKeyEveryEndpointAnswers401AndTheQueryParameterAlsoWorks() throws Exception {
        try (StockApiServer server = start(0, 0)) {
            assertEquals(401, get(server, "/trades", null).statusCode());
            assertEquals(401, get(server, "/stock/AAPL/chart/max", "nope").statusCode());
            assertEquals(
                    200,
                    get(server, "/trades?api_key=" + StockApiServer.DEFAULT_API_KEY, null)
                            .statusCode());
        }
    }

    @Test
    void theChartHasEveryDayOnceInNoOrder() throws Exception {
        try (StockApiServer server = start(0, 0)) {
            JsonNode chart = JSON.readTree(get(server, "/stock/MSFT/chart/max", StockApiServer.DEFAULT_API_KEY)
                    .body());
            List<String> dates = new ArrayList<>();
            chart.forEach(price -> dates.add(price.path("date").asText()));
            assertEquals(10, new TreeSet<>(dates).size());
            assertTrue(!dates.equals(new ArrayList<>(new TreeSet<>(dates))), "unsorted: " + dates);
            JsonNode week = JSON.readTree(get(server, "/stock/MSFT/chart/7d", StockApiServer.DEFAULT_API_KEY)
                    .body());
            assertEquals(7, week.size());
            assertEquals(
                    404,
                    get(server, "/stock/NOPE/chart/max", StockApiServer.DEFAULT_API_KEY)
                            .statusCode());
            server.data().addDays(2);
            assertEquals(
                    12,
                    JSON.readTree(get(server, "/stock/MSFT/chart/max", StockApiServer.DEFAULT_API_KEY)
                                    .body())
                            .size());
        }
    }

    @Test
    void tradesPageInOrderFromUpdatedSinceInclusive() throws Exception {
        try (StockApiServer server = start(0, 0)) {
            MarketData data = server.data();
            OffsetDateTime since = data.updatedAt(101); // trades 101 and 102 share it (pairs from 1)
            assertEquals(data.updatedAt(102), since);
            assertTrue(data.updatedAt(100).isBefore(since));
            List<Long> ids = new ArrayList<>();
            String path = "/trades?limit=30&updated_since=" + since;
            while (path != null) {
                JsonNode page = JSON.readTree(
                        get(server, path, StockApiServer.DEFAULT_API_KEY).body());
                page.path("data").forEach(trade -> ids.add(trade.path("id").asLong()));
                String token = page.path("next_page_token").asText(null);
                path = token == null ? null : "/trades?limit=30&page_token=" + token;
            }
            List<Long> expected = new ArrayList<>();
            for (long id = 101; id <= data.tradeCount(); id++) {
                expected.add(id);
            }
            assertEquals(expected, ids);

            JsonNode aapl = JSON.readTree(get(server, "/trades?tickers=AAPL&limit=1000", StockApiServer.DEFAULT_API_KEY)
                    .body());
            Set<String> tickers = new TreeSet<>();
            aapl.path("data").forEach(trade -> tickers.add(trade.path("ticker").asText()));
            assertEquals(Set.of("AAPL"), tickers);
            assertTrue(aapl.path("next_page_token").isNull());
            assertEquals(
                    400,
                    get(server, "/trades?limit=1001", StockApiServer.DEFAULT_API_KEY)
                            .statusCode());
        }
    }

    @Test
    void everyNthRequestFailsWithA5xxAndTheNextSucceeds() throws Exception {
        try (StockApiServer server = start(0, 3)) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                statuses.add(get(server, "/stock/AAPL/chart/1d", StockApiServer.DEFAULT_API_KEY)
                        .statusCode());
            }
            assertEquals(List.of(200, 200, 502, 200, 200, 503, 200, 200, 500), statuses);
            assertEquals(3L, server.stats().get("failed"));
        }
    }

    @Test
    void everyNthRequestCanBeThrottledBeforeTheFailures() throws Exception {
        try (StockApiServer server = StockApiServer.start(StockApiServer.Options.defaults()
                .withPort(0)
                .withRate(0)
                .withThrottleEvery(2)
                .withFailEvery(3))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(get(server, "/stock/AAPL/chart/1d", StockApiServer.DEFAULT_API_KEY)
                        .statusCode());
            }
            assertEquals(List.of(200, 429, 502, 429, 200, 429), statuses);
        }
    }

    @Test
    void beyondTheRateTheApiAnswers429WithRetryAfter() throws Exception {
        try (StockApiServer server = start(2, 0)) {
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(get(server, "/stock/AAPL/chart/1d", StockApiServer.DEFAULT_API_KEY));
            }
            HttpResponse<String> throttled = answers.stream()
                    .filter(answer -> answer.statusCode() == 429)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no 429 in 5 requests at a rate of 2/s"));
            assertEquals("1", throttled.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(200, answers.get(0).statusCode());
        }
    }
}
