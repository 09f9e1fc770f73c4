package io.cursorkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private final FakeTime time = new FakeTime(); // 2024-03-01T12:00:00Z

    private Optional<Duration> of(Map<String, List<String>> headers) {
        return RetryAfter.of(HttpHeaders.of(headers, (name, value) -> true), time);
    }

    @Test
    void secondsDatesAndNonsense() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), of(Map.of("Retry-After", List.of(" 30 "))));
        assertEquals(
                Optional.of(Duration.ofSeconds(90)),
                of(Map.of("Retry-After", List.of("Fri, 01 Mar 2024 12:01:30 GMT"))));
        assertEquals(Optional.of(Duration.ZERO), of(Map.of("Retry-After", List.of("Fri, 01 Mar 2024 11:00:00 GMT"))));
        assertEquals(
                Optional.of(Duration.ofSeconds(5)),
                of(Map.of(
                        "Retry-After", List.of("Sat, 01 Jan 2000 00:00:05 GMT"),
                        "Date", List.of("Sat, 01 Jan 2000 00:00:00 GMT"))),
                "measured from the answer's Date, not from the client's clock");
        assertEquals(Optional.empty(), of(Map.of("Retry-After", List.of("soon"))));
        assertEquals(Optional.empty(), of(Map.of()));
    }
}
