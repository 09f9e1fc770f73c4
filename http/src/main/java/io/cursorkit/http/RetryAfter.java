package io.cursorkit.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The wait a {@code Retry-After} header asks for (RFC 9110, section 10.2.3): a number of seconds,
 * or an HTTP date. A date is measured from the answer's own {@code Date} header when it has one
 * (so that a client clock that is off does not matter), else from the wall clock. A date in the
 * past asks for no wait; a value that is neither is ignored (the backoff applies).
 */
final class RetryAfter {
    private RetryAfter() {}

    static Optional<Duration> of(HttpHeaders headers, TimeSource time) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        String text = value.get();
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            } catch (NumberFormatException tooLong) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
            }
        }
        Optional<Instant> at = date(text);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Instant now = headers.firstValue("Date").flatMap(RetryAfter::date).orElseGet(time::now);
        Duration wait = Duration.between(now, at.get());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    /** An HTTP date ({@code Sun, 06 Nov 1994 08:49:37 GMT}). */
    private static Optional<Instant> date(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
