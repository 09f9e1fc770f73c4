package io.cursorkit.sample.stockprices.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries release their connection on every path. SQLite shows it: while a connection reads, the
 * database is locked against writers, and a writer that does not wait fails at once.
 */
class QueryTest {
    private static final Query NUMBERS =
            new Query("numbers", List.of("n"), "SELECT n FROM numbers WHERE n >= ? ORDER BY n");

    @TempDir
    Path directory;

    private Database database;
    private String url;

    @BeforeEach
    void createTable() throws Exception {
        Path file = directory.resolve("numbers.sqlite");
        Files.createFile(file);
        url = Dialect.SQLITE_URL_PREFIX + file;
        database = Database.at(url, null, null);
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE numbers (n INTEGER)");
            statement.execute("INSERT INTO numbers VALUES (1), (2), (3), (4)");
        }
    }

    @Test
    void rowsAreMappedInOrderWithTheParametersBound() throws Exception {
        List<Long> numbers = new ArrayList<>();
        try (Rows<Long> rows = NUMBERS.open(database, params -> params.number(2L), row -> row.longValue("n"))) {
            rows.forEachRemaining(numbers::add);
            assertFalse(rows.hasNext());
        }
        assertEquals(List.of(2L, 3L, 4L), numbers);
    }

    @Test
    void anOpenQueryHoldsTheDatabaseAndClosingReleasesIt() throws Exception {
        Rows<Long> rows = NUMBERS.open(database, params -> params.number(0L), row -> row.longValue("n"));
        rows.next();
        assertThrows(SQLException.class, this::write, "a reader is open");
        rows.close();
        write();
    }

    @Test
    void aFailingMapperLeavesNothingOpenOnceTheRowsAreClosed() throws Exception {
        Rows<Long> rows = NUMBERS.open(database, params -> params.number(0L), row -> {
            throw row.invalid("n", "is not welcome");
        });
        DataException e = assertThrows(DataException.class, rows::next);
        assertTrue(e.getMessage().contains("numbers row (n=1): column n is not welcome"), e.getMessage());
        rows.close();
        write();
    }

    @Test
    void aFailureBeforeTheRowsExistClosesTheConnection() throws Exception {
        // too many parameters: sqlite-jdbc throws an unchecked exception, which must close too
        assertThrows(
                RuntimeException.class,
                () -> NUMBERS.open(database, params -> params.number(0L).number(1L), row -> row.longValue("n")));
        assertThrows(SQLException.class, () -> new Query("numbers", List.of("n"), "SELECT nope FROM numbers")
                .open(database, params -> {}, row -> 1));
        write();
    }

    @Test
    void aNullInARequiredColumnIsNamedWithItsRow() throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO numbers VALUES (NULL)");
        }
        try (Rows<Long> rows = new Query("numbers", List.of("n"), "SELECT n FROM numbers WHERE n IS NULL")
                .open(database, params -> {}, row -> row.longValue("n"))) {
            DataException e = assertThrows(DataException.class, rows::next);
            assertTrue(e.getMessage().startsWith("numbers row (n=null): column n is NULL"), e.getMessage());
        }
    }

    /** Writes without waiting for a lock: fails at once while another connection reads. */
    private void write() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url + "?busy_timeout=0");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO numbers VALUES (5)");
        }
    }
}
