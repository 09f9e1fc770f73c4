package io.cursorkit.sample.stockprices.demo;

import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.jdbc.Dialect;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The embedded SQLite demo database that the connector uses when the config has no jdbc_url. */
public final class DemoDatabase {
    private DemoDatabase() {}

    /** Months of demo prices before the current one. */
    static final int MONTHS = 3;

    /**
     * Creates {@code file} with the demo schema and data unless it exists. The database is built in
     * a temporary file and moved into place, so that no reader ever sees a half-filled one, even
     * when several processes start at once.
     *
     * @throws ConfigException when the file cannot be created (a read-only working directory)
     */
    public static synchronized void ensureExists(Path file) throws ConfigException {
        if (Files.exists(file)) {
            return;
        }
        Path temporary = null;
        try {
            Path directory = file.toAbsolutePath().getParent();
            temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            create(temporary, today.minusMonths(MONTHS).withDayOfMonth(1), today);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                // the runtime turns what a connector prints into LOG messages
                System.out.println("Created the demo database " + file.toAbsolutePath() + " with prices from "
                        + today.minusMonths(MONTHS).withDayOfMonth(1) + " to " + today
                        + "; set jdbc_url to read your own database.");
            } catch (FileAlreadyExistsException e) {
                // another process was faster; its database is as good as ours
            }
        } catch (IOException | SQLException e) {
            throw new ConfigException(
                    "cannot create the demo database " + file.toAbsolutePath() + ": " + e.getMessage()
                            + ". Run the connector in a writable directory, or set jdbc_url.",
                    e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    /** Writes a demo database with prices from {@code first} to {@code last} to {@code file}. */
    static void create(Path file, LocalDate first, LocalDate last) throws SQLException {
        try (Connection connection = DriverManager.getConnection(Dialect.SQLITE_URL_PREFIX + file.toAbsolutePath())) {
            Schema.create(connection);
            DemoData.insert(connection, Dialect.SQLITE, DemoData.generate(first, last));
        }
    }
}
