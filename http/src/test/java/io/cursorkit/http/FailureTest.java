package io.cursorkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.http.TestServer.Reply;
import io.cursorkit.runtime.ConfigException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailureTest {
    private static final String KEY = "k3y-Very-Secret-123";

    private TestServer server;
    private HttpSource api;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        api = HttpSource.builder(server.url("/v2"))
                .query("api_key", KEY)
                .timeSource(new FakeTime())
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The first {@link ConfigException} in the cause chain, as the runtime looks for it. */
    private static ConfigException configException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfigException c) {
                return c;
            }
        }
        return null;
    }

    @Test
    void unauthorizedIsAConfigErrorAboutTheCredentials() {
        server.answer(request -> Reply.status(401, "{\"message\": \"Invalid API key\"}"));
        CredentialsException e =
                assertThrows(CredentialsException.class, () -> api.get("/me").json());
        ConfigException config = configException(e);
        assertNotNull(config, "a ConfigException in the cause chain makes it a config_error");
        assertEquals(e.getMessage(), config.getMessage());
        assertEquals(
                "The API rejected the credentials: GET " + server.url("/v2/me") + "?api_key=**** answered 401"
                        + " Unauthorized. The API said: {\"message\": \"Invalid API key\"} Check the API key or token in"
                        + " the connector's configuration.",
                e.getMessage());
        assertEquals(1, server.requestCount(), "rejected credentials are not retried");
        assertEquals(OptionalInt.of(401), e.status());
    }

    @Test
    void forbiddenIsAConfigErrorToo() {
        server.answer(request -> Reply.status(403, ""));
        CredentialsException e =
                assertThrows(CredentialsException.class, () -> api.get("/admin").json());
        assertNotNull(configException(e));
        assertTrue(e.getMessage().startsWith("The API refused access: GET " + server.url("/v2/admin")), e.getMessage());
        assertTrue(e.getMessage().contains("403 Forbidden"), e.getMessage());
        assertTrue(e.getMessage().contains("Check that the credentials"), e.getMessage());
    }

    @Test
    void notFoundNamesMethodUrlWithoutTheSecretAndStatus() {
        server.answer(request -> Reply.status(404, "{\"error\": \"no ticker ZZZ\"}"));
        HttpException e = assertThrows(HttpException.class, () -> api.get("/stock/{ticker}", Map.of("ticker", "ZZZ"))
                .json());
        assertEquals(
                "GET " + server.url("/v2/stock/ZZZ") + "?api_key=**** answered 404 Not Found: {\"error\": \"no ticker"
                        + " ZZZ\"}",
                e.getMessage());
        assertEquals("GET", e.method());
        assertEquals(server.url("/v2/stock/ZZZ") + "?api_key=****", e.url());
        assertFalse(e instanceof CredentialsException);
        assertEquals(null, configException(e));
        assertEquals(KEY, server.received().get(0).query("api_key"), "the key itself is sent");
    }

    @Test
    void aLongBodyIsCutAndItsSecretsRemoved() {
        String body = "{\"error\": \"bad request\", \"echo\": \"" + KEY + "\", \"token\": \"abc\", \"pad\": \""
                + "x".repeat(500) + "\"}";
        server.answer(request -> Reply.status(400, body));
        HttpException e = assertThrows(HttpException.class, () -> api.get("/x").json());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertTrue(e.getMessage().contains("\"echo\": \"****\", \"token\": \"****\""), e.getMessage());
        assertTrue(e.getMessage().endsWith("..."), e.getMessage());
        assertTrue(e.getMessage().length() < 350, e.getMessage());
    }

    @Test
    void aRedirectIsNotFollowed() {
        server.answer(request -> Reply.status(301, "").with("Location", "https://elsewhere.example.com/"));
        HttpException e =
                assertThrows(HttpException.class, () -> api.get("/old").json());
        assertTrue(e.getMessage().contains("answered 301 Moved Permanently"), e.getMessage());
        assertEquals(
                List.of("/v2/old"),
                server.received().stream().map(r -> r.uri().getPath()).toList());
    }
}
