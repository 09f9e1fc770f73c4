package io.cursorkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How requests are built; nothing is sent here. */
class RequestTest {
    private final HttpSource api = HttpSource.builder(URI.create("https://api.example.com/v1/"))
            .query("version", "2024-01")
            .build();

    @Test
    void thePathIsAppendedToTheBasePath() {
        assertEquals(
                URI.create("https://api.example.com/v1/prices?version=2024-01"),
                api.get("/prices").uri());
        assertEquals(
                URI.create("https://api.example.com/v1/prices?version=2024-01"),
                api.get("prices").uri());
        HttpSource bare =
                HttpSource.builder(URI.create("https://api.example.com")).build();
        assertEquals(
                URI.create("https://api.example.com/a/b?x=1"),
                bare.get("/a/b?x=1").uri());
    }

    @Test
    void placeholdersAreFilledAndEncoded() {
        Request request =
                api.get("/stock/{ticker}/{day}", Map.of("ticker", "BRK/B Q", "day", LocalDate.of(2024, 1, 2)));
        assertEquals("/v1/stock/BRK%2FB%20Q/2024-01-02", request.uri().getRawPath());
        assertThrows(IllegalArgumentException.class, () -> api.get("/stock/{ticker}", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> api.get("/stock", Map.of("ticker", "X")));
    }

    @Test
    void queryReplacesAndNullRemoves() {
        Request request = api.get("/p").query("since", "2024-01-01").query("q", "a b&c");
        assertEquals(
                "version=2024-01&since=2024-01-01&q=a%20b%26c", request.uri().getRawQuery());
        assertEquals(Optional.of("a b&c"), request.queryValue("q"));
        Request changed = request.query("since", "2024-02-01").query("q", null);
        assertEquals("version=2024-01&since=2024-02-01", changed.uri().getRawQuery());
        assertEquals(
                "version=2024-01&since=2024-01-01&q=a%20b%26c", request.uri().getRawQuery(), "immutable");
    }

    @Test
    void linksResolveAgainstTheRequestAndKeepTheSourceParameters() {
        Request request = api.get("/items");
        assertEquals(
                URI.create("https://api.example.com/v1/items?cursor=x%2By&version=2024-01"),
                request.link("?cursor=x%2By").uri());
        assertEquals(
                URI.create("https://API.example.com:443/v2/items?version=2023&page=2"),
                request.link("https://API.example.com:443/v2/items?version=2023&page=2")
                        .uri());
        HttpException e = assertThrows(HttpException.class, () -> request.link("http://api.example.com/v1/items"));
        assertTrue(
                e.getMessage().contains("leads to http://api.example.com, not to https://api.example.com"),
                e.getMessage());
        assertThrows(HttpException.class, () -> request.link("https://api.example.com/a b"));
    }

    @Test
    void theBaseUrlIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> HttpSource.builder(URI.create("/relative")));
        assertThrows(IllegalArgumentException.class, () -> HttpSource.builder(URI.create("ftp://h/")));
        assertThrows(IllegalArgumentException.class, () -> HttpSource.builder(URI.create("https://h/?key=1")));
    }
}
