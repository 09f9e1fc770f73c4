package types;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.CursorField;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A record with every type of DESIGN.md's table. */
public record Everything(
        @CursorField long id,
        String text,
        char letter,
        int count,
        short small,
        byte tiny,
        BigInteger big,
        float ratio,
        double amount,
        BigDecimal exact,
        boolean flag,
        LocalDate day,
        LocalDateTime localTime,
        OffsetDateTime offsetTime,
        ZonedDateTime zonedTime,
        Instant instant,
        Color color,
        List<String> tags,
        Set<Integer> numbers,
        double[] values,
        Map<String, Long> counts,
        Address address,
        Person person,
        List<Address> history,
        Integer boxedCount,
        Boolean boxedFlag,
        @JsonProperty("renamed_field") String renamed,
        @JsonIgnore String hidden) {

    public static Everything full() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("a", 1L);
        counts.put("b", null);
        return new Everything(
                7L,
                "h\u00e9llo \"q\"",
                'x',
                42,
                (short) -3,
                (byte) 9,
                new BigInteger("123456789012345678901234567890"),
                1.5f,
                2.25,
                new BigDecimal("3.14159265358979323846"),
                true,
                LocalDate.of(2024, 1, 2),
                LocalDateTime.of(2024, 1, 2, 10, 0, 30),
                OffsetDateTime.of(2024, 1, 2, 10, 0, 30, 0, ZoneOffset.ofHours(1)),
                ZonedDateTime.of(2024, 1, 2, 10, 0, 30, 0, ZoneId.of("Europe/Paris")),
                Instant.parse("2024-01-02T10:00:30Z"),
                Color.GREEN,
                List.of("x", "y"),
                new LinkedHashSet<>(List.of(1, 2)),
                new double[] {0.5, 1.0},
                counts,
                new Address("Main St", 12345),
                new Person("Ada", 36, true),
                List.of(new Address("Old St", 1)),
                5,
                Boolean.FALSE,
                "renamed",
                "hidden");
    }

    public static Everything empty() {
        return new Everything(
                0L, null, 'a', 0, (short) 0, (byte) 0, null, 0f, 0d, null, false, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
