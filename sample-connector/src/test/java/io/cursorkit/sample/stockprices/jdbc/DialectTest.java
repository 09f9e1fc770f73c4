package io.cursorkit.sample.stockprices.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cursorkit.runtime.ConfigException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialectTest {
    @Test
    void sqliteTimestampsCompareAsTextInTimeOrderWhateverTheirOffsetAndPrecision() throws SQLException {
        List<OffsetDateTime> times = List.of(
                OffsetDateTime.parse("2024-01-02T10:00:00Z"),
                OffsetDateTime.parse("2024-01-02T10:00:00.5Z"),
                OffsetDateTime.parse("2024-01-02T12:00:00.000001+01:00"),
                OffsetDateTime.parse("2024-01-02T11:00:00.000002Z"),
                OffsetDateTime.parse("2024-01-02T09:30:00-02:00"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            connection.createStatement().execute("CREATE TABLE t (at TIMESTAMP WITH TIME ZONE)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?)")) {
                for (OffsetDateTime time : times) {
                    Dialect.SQLITE.setTimestamp(insert, 1, time);
                    insert.executeUpdate();
                }
            }
            List<OffsetDateTime> sorted = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT at FROM t WHERE at >= ? ORDER BY at")) {
                // 10:00:00.000001Z: excludes 10:00Z by one microsecond
                Dialect.SQLITE.setTimestamp(select, 1, OffsetDateTime.parse("2024-01-02T11:00:00.000001+01:00"));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sorted.add(Dialect.SQLITE.getTimestamp(rows, "at"));
                    }
                }
            }
            assertEquals(4, sorted.size(), sorted::toString);
            for (int i = 1; i < sorted.size(); i++) {
                assertTrue(sorted.get(i - 1).isBefore(sorted.get(i)), sorted::toString);
            }
            assertEquals(OffsetDateTime.parse("2024-01-02T10:00:00.5Z"), sorted.get(0));
            assertEquals(OffsetDateTime.parse("2024-01-02T11:00:00.000001Z"), sorted.get(1), "offsets become Z");
            assertEquals(OffsetDateTime.parse("2024-01-02T11:00:00.000002Z"), sorted.get(2), "microseconds are kept");
            assertEquals(OffsetDateTime.parse("2024-01-02T11:30:00Z"), sorted.get(3));
        }
    }

    @Test
    void anUnsupportedUrlIsAConfigErrorThatSaysWhatToWriteAndHidesTheQuery() {
        ConfigException e =
                assertThrows(ConfigException.class, () -> Dialect.of("jdbc:mysql://db/stocks?password=hunter2"));
        assertTrue(e.getMessage().contains("jdbc:sqlite:"), e.getMessage());
        assertTrue(e.getMessage().contains("jdbc:mysql://db/stocks"), e.getMessage());
        assertTrue(!e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void urlsInMessagesLeaveOutUserInfoAndQuery() {
        assertEquals("jdbc:postgresql://db:5432/stocks", Database.printable("jdbc:postgresql://db:5432/stocks"));
        assertEquals(
                "jdbc:postgresql://...@db/stocks?...",
                Database.printable("jdbc:postgresql://me:hunter2@db/stocks?password=hunter2"));
        assertEquals("jdbc:sqlite:/tmp/a.db", Database.printable("jdbc:sqlite:/tmp/a.db"));
    }
}
