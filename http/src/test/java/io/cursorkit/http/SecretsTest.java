package io.cursorkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.http.TestServer.Reply;
import io.cursorkit.http.paging.Paging;
import io.cursorkit.runtime.ConfigException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecretsTest {
    private static final String BEARER = "bearer-TOKEN-0001";
    private static final String HEADER_KEY = "header-KEY-0002";
    private static final String QUERY_TOKEN = "query-TOKEN-0003";
    /** Registered with secret(...), used in a path; has characters that URL-encoding changes. */
    private static final String ACCOUNT = "acct 0004+x/y";

    private static final String PASSWORD = "pass-WORD-0005";

    private TestServer server;
    private HttpSource api;
    private final List<String> logLines = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logLines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        api = HttpSource.builder(server.url("/v1"))
                .bearerToken(BEARER)
                .header("X-Api-Key", HEADER_KEY)
                .query("access_token", QUERY_TOKEN)
                .secret(ACCOUNT)
                .timeSource(new FakeTime())
                .retries(Retry.defaults().maxAttempts(2))
                .build();
        Logger.getLogger("io.cursorkit.http").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("io.cursorkit.http").removeHandler(capture);
        server.close();
    }

    private static void assertNoSecret(String text) {
        for (String secret : List.of(
                BEARER,
                HEADER_KEY,
                QUERY_TOKEN,
                ACCOUNT,
                Urls.encode(ACCOUNT),
                "0004",
                PASSWORD,
                Base64.getEncoder().encodeToString(("me:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))) {
            assertFalse(text.contains(secret), () -> "\"" + secret + "\" in: " + text);
        }
    }

    /** The exception's messages, causes and stack trace, as a log would print them. */
    private static String everything(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private Request accountRequest() {
        return api.get("/accounts/{account}/items", Map.of("account", ACCOUNT));
    }

    @Test
    void theSecretsAreSentToTheServer() {
        server.answer(request -> Reply.json("{}"));
        accountRequest().json();
        TestServer.Received received = server.received().get(0);
        assertEquals("Bearer " + BEARER, received.header("Authorization"));
        assertEquals(HEADER_KEY, received.header("X-Api-Key"));
        assertEquals(QUERY_TOKEN, received.query("access_token"));
        assertTrue(received.uri().getRawPath().contains(Urls.encode(ACCOUNT)));
    }

    @Test
    void noToStringShowsASecret() {
        Request request = accountRequest().header("X-Session", "abc");
        assertNoSecret(api.toString());
        assertNoSecret(request.toString());
        assertTrue(request.toString().endsWith("/v1/accounts/****/items?access_token=****"), request.toString());
        assertTrue(api.toString().contains("Authorization") && api.toString().contains("X-Api-Key"), api.toString());
        server.answer(r -> Reply.json("{\"data\": [], \"secret\": \"" + HEADER_KEY + "\"}"));
        try (Stream<Page> pages = request.pages("/data")) {
            pages.forEach(page -> assertNoSecret(page.toString()));
        }
        RecordIterator<Object> records = request.iterator("/data", Object.class);
        records.hasNext();
        assertNoSecret(records.toString());
    }

    @Test
    void failuresAndTheirCausesShowNoSecret() {
        AtomicInteger count = new AtomicInteger();
        server.answer(request -> switch (count.incrementAndGet()) {
            case 1 -> Reply.status(503, "token " + BEARER + " is busy; see ?access_token=" + QUERY_TOKEN);
            case 2 -> Reply.status(503, "{\"x-api-key\": \"" + HEADER_KEY + "\"}");
            case 3 -> Reply.status(401, "bad key " + HEADER_KEY);
            default -> Reply.status(404, "no account " + ACCOUNT);
        });
        HttpException gaveUp =
                assertThrows(HttpException.class, () -> accountRequest().json());
        assertTrue(gaveUp.getMessage().contains("after 2 attempts"), gaveUp.getMessage());
        CredentialsException rejected =
                assertThrows(CredentialsException.class, () -> accountRequest().json());
        HttpException notFound =
                assertThrows(HttpException.class, () -> accountRequest().json());
        for (HttpException e : List.of(gaveUp, rejected, notFound)) {
            assertNoSecret(everything(e));
            assertNoSecret(e.url());
        }
        assertFalse(logLines.isEmpty(), "the retry is logged");
        logLines.forEach(SecretsTest::assertNoSecret);
    }

    @Test
    void secretsInANextLinkAreRemovedFromMessages() {
        server.answer(request -> request.query("signature") == null
                ? Reply.json("{\"data\": [1], \"next\": \"/v1/items?page=2&signature=sig-0004-xyz\"}")
                : Reply.status(410, "expired"));
        HttpException e = assertThrows(HttpException.class, () -> {
            try (Stream<Integer> items =
                    api.get("/items").paginate(Paging.nextLink("/next")).records("/data", Integer.class)) {
                items.toList();
            }
        });
        assertNoSecret(everything(e));
        assertFalse(e.getMessage().contains("sig-0004-xyz"), e.getMessage());
        assertTrue(e.getMessage().contains("page=2&signature=****&access_token=****"), e.getMessage());
    }

    @Test
    void basicAuthSendsTheHeaderAndHidesThePassword() {
        server.answer(request -> Reply.status(400, "password " + PASSWORD + " is wrong"));
        HttpSource basic = HttpSource.builder(server.url("/"))
                .basicAuth("me", PASSWORD)
                .timeSource(new FakeTime())
                .build();
        HttpException e =
                assertThrows(HttpException.class, () -> basic.get("/x").json());
        assertNoSecret(everything(e));
        assertNoSecret(basic.toString());
        assertEquals(
                "Basic " + Base64.getEncoder().encodeToString(("me:" + PASSWORD).getBytes(StandardCharsets.UTF_8)),
                server.received().get(0).header("Authorization"));
    }

    @Test
    void aHeaderValueTheClientRefusesIsAConfigErrorThatDoesNotQuoteIt() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> HttpSource.builder(server.url("/"))
                        .header("X-Api-Key", HEADER_KEY + "\n"));
        assertNoSecret(everything(e));
        assertTrue(e.getMessage().startsWith("The value of the header X-Api-Key is not valid in HTTP"), e.getMessage());
        assertTrue(e.getCause() instanceof ConfigException c && c.getMessage().equals(e.getMessage()));
        assertThrows(IllegalArgumentException.class, () -> api.get("/x").header("X-Token", "a\r\nb"));
    }
}
