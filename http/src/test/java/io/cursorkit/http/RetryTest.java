package io.cursorkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.http.TestServer.Reply;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {
    private static final Retry EXACT = Retry.defaults().jitter(0);

    private TestServer server;
    private FakeTime time;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        time = new FakeTime();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpSource api(Retry retry) {
        return HttpSource.builder(server.url("/"))
                .retries(retry)
                .timeSource(time)
                .build();
    }

    /** Answers {@code failure} to the first {@code failures} requests, then {"ok": true}. */
    private void failFirst(int failures, Reply failure) {
        AtomicInteger count = new AtomicInteger();
        server.answer(request -> count.incrementAndGet() <= failures ? failure : Reply.json("{\"ok\": true}"));
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterSeconds() {
        failFirst(1, Reply.status(429, "slow down").with("Retry-After", "7"));
        assertTrue(api(EXACT).get("/x").json().get("ok").asBoolean());
        assertEquals(2, server.requestCount());
        assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
    }

    @Test
    void retryAfterAsAnHttpDateIsMeasuredFromTheAnswersDate() {
        // the test clock is in 2024; the server's Date header (which the JDK server sets to its real
        // time) is what the wait is measured from
        DateTimeFormatter http = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        AtomicInteger count = new AtomicInteger();
        server.answer(request -> count.incrementAndGet() == 1
                ? Reply.status(503, "")
                        .with("Retry-After", http.format(Instant.now().plusSeconds(12)))
                : Reply.json("{}"));
        api(EXACT).get("/x").json();
        assertEquals(1, time.sleeps().size());
        long seconds = time.sleeps().get(0).toSeconds();
        assertTrue(seconds == 11 || seconds == 12, time.sleeps().toString()); // 11: a second turned in between
    }

    @Test
    void serverErrorsBackOffExponentially() {
        failFirst(3, Reply.status(503, "busy"));
        api(EXACT.baseDelay(Duration.ofMillis(100))).get("/x").json();
        assertEquals(4, server.requestCount());
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)), time.sleeps());
    }

    @Test
    void backoffIsCappedAndJittered() {
        failFirst(4, Reply.status(502, ""));
        Retry retry = Retry.defaults()
                .baseDelay(Duration.ofSeconds(1))
                .maxDelay(Duration.ofSeconds(3))
                .jitter(0.5);
        api(retry).get("/x").json();
        List<Duration> sleeps = time.sleeps();
        assertEquals(4, sleeps.size());
        long[] nominal = {1000, 2000, 3000, 3000};
        for (int i = 0; i < 4; i++) {
            long millis = sleeps.get(i).toMillis();
            assertTrue(millis >= nominal[i] / 2 && millis <= Math.min(3000, nominal[i] * 3 / 2), sleeps.toString());
        }
    }

    @Test
    void givesUpAfterTheLastAttemptNamingAttemptsAndStatus() {
        server.answer(request -> Reply.status(503, "{\"error\": \"maintenance\"}"));
        HttpException e = assertThrows(
                HttpException.class, () -> api(EXACT.maxAttempts(3)).get("/x").json());
        assertEquals(
                "GET " + server.url("/x") + " failed after 3 attempts; the last answered 503 Service Unavailable:"
                        + " {\"error\": \"maintenance\"}",
                e.getMessage());
        assertEquals(3, server.requestCount());
        assertEquals(3, e.attempts());
        assertEquals(OptionalInt.of(503), e.status());
    }

    @Test
    void aRetryAfterLongerThanTheMaximumDelayEndsTheRetries() {
        server.answer(request -> Reply.status(429, "").with("Retry-After", "3600"));
        HttpException e =
                assertThrows(HttpException.class, () -> api(EXACT).get("/x").json());
        assertTrue(
                e.getMessage().contains("Retry-After 3600 s, longer than the maximum delay of 60 s"), e.getMessage());
        assertEquals(1, server.requestCount());
        assertEquals(List.of(), time.sleeps());
    }

    @Test
    void clientErrorsAndNotImplementedAreNotRetried() {
        server.answer(request -> Reply.status(400, "bad"));
        assertThrows(HttpException.class, () -> api(EXACT).get("/x").json());
        server.answer(request -> Reply.status(501, ""));
        HttpException e =
                assertThrows(HttpException.class, () -> api(EXACT).get("/x").json());
        assertTrue(e.getMessage().endsWith("/x answered 501 Not Implemented"), e.getMessage());
        assertEquals(2, server.requestCount());
        assertEquals(List.of(), time.sleeps());
    }

    @Test
    void aTimeoutIsRetried() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger count = new AtomicInteger();
        server.answer(request -> {
            if (count.incrementAndGet() == 1) {
                try {
                    release.await(10, TimeUnit.SECONDS); // answers only after the client gave up
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Reply.json("{\"ok\": true}");
        });
        HttpSource api = HttpSource.builder(server.url("/"))
                .timeout(Duration.ofMillis(200))
                .retries(EXACT)
                .timeSource(time)
                .build();
        try {
            assertTrue(api.get("/slow").json().get("ok").asBoolean());
        } finally {
            release.countDown();
        }
        assertEquals(2, count.get());
        assertEquals(List.of(Duration.ofSeconds(1)), time.sleeps());
    }

    @Test
    void timeoutsUntilTheLastAttemptNameTheTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.answer(request -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.json("{}");
        });
        HttpSource api = HttpSource.builder(server.url("/"))
                .timeout(Duration.ofMillis(100))
                .retries(EXACT.maxAttempts(2))
                .timeSource(time)
                .build();
        try {
            HttpException e =
                    assertThrows(HttpException.class, () -> api.get("/slow").json());
            assertTrue(
                    e.getMessage()
                            .endsWith("failed after 2 attempts; the last failed with HttpTimeoutException:"
                                    + " request timed out"),
                    e.getMessage());
            assertInstanceOf(HttpTimeoutException.class, e.getCause());
            assertFalse(e.status().isPresent());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aRefusedConnectionIsRetriedThenNamed() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // free once closed: nothing listens there
        }
        HttpSource api = HttpSource.builder(URI.create("http://127.0.0.1:" + port))
                .retries(EXACT.maxAttempts(3))
                .timeSource(time)
                .build();
        HttpException e = assertThrows(HttpException.class, () -> api.get("/x").json());
        assertTrue(
                e.getMessage()
                        .contains(
                                "failed after 3 attempts; the last failed with ConnectException: no connection to http://127.0.0.1:"
                                        + port),
                e.getMessage());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), time.sleeps());
    }

    @Test
    void retryPoliciesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> Retry.defaults().maxAttempts(0));
        assertThrows(IllegalArgumentException.class, () -> Retry.defaults().baseDelay(Duration.ofMinutes(2)));
        assertThrows(IllegalArgumentException.class, () -> Retry.defaults().jitter(1.5));
        assertEquals(1, Retry.none().maxAttempts());
        assertTrue(Retry.retryable(429) && Retry.retryable(500) && Retry.retryable(408));
        assertFalse(Retry.retryable(404) || Retry.retryable(501) || Retry.retryable(200));
    }
}
