package io.cursorkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cursorkit.http.TestServer.Reply;
import io.cursorkit.http.paging.Paging;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    private TestServer server;
    private final FakeTime time = new FakeTime();
    /** When each request arrived, on the fake clock. */
    private final List<Duration> arrivals = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static List<Duration> seconds(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
    }

    @Test
    void pagesAreSpacedToTheLimit() {
        server.answer(request -> {
            arrivals.add(time.elapsed());
            int page = Integer.parseInt(request.query("page"));
            return Reply.json(page < 7 ? "[" + page + "]" : "[]");
        });
        HttpSource api = HttpSource.builder(server.url("/"))
                .rateLimit(3, Duration.ofSeconds(1))
                .timeSource(time)
                .build();
        try (Stream<Integer> records =
                api.get("/n").paginate(Paging.pageNumber("page", "size", 1)).records("", Integer.class)) {
            assertEquals(List.of(1, 2, 3, 4, 5, 6), records.toList());
        }
        // 7 requests, at most 3 in any second: a burst of 3, then each as the oldest leaves the window
        assertEquals(seconds(0, 0, 0, 1, 1, 1, 2), arrivals);
        assertEquals(seconds(1, 1), time.sleeps());
    }

    @Test
    void retriesCountAgainstTheLimit() {
        AtomicInteger count = new AtomicInteger();
        server.answer(request -> {
            arrivals.add(time.elapsed());
            return count.incrementAndGet() <= 2 ? Reply.status(500, "") : Reply.json("{}");
        });
        HttpSource api = HttpSource.builder(server.url("/"))
                .rateLimit(1, Duration.ofSeconds(10))
                .retries(Retry.defaults().jitter(0).baseDelay(Duration.ofSeconds(1)))
                .timeSource(time)
                .build();
        api.get("/x").json();
        // backoff 1 s then 2 s, but each attempt also waits for its 10 s slot
        assertEquals(seconds(0, 10, 20), arrivals);
        assertEquals(seconds(1, 9, 2, 8), time.sleeps());
    }

    @Test
    void theWindowSlides() throws Exception {
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(10), time);
        limiter.acquire(); // t=0
        time.sleep(Duration.ofSeconds(6));
        limiter.acquire(); // t=6
        limiter.acquire(); // waits for t=0 to leave: t=10
        assertEquals(Duration.ofSeconds(10), time.elapsed());
        limiter.acquire(); // waits for t=6 to leave: t=16
        assertEquals(Duration.ofSeconds(16), time.elapsed());
    }
}
