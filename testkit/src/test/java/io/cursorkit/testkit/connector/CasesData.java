package io.cursorkit.testkit.connector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Writes the CSV files the test connector reads: a fixed, seeded data set per stream. */
final class CasesData {
    /** The value of the secret {@code token} of every config. */
    static final String SECRET = "s3cr3t-T0ken";

    private final Path dir;

    CasesData(Path dir) {
        this.dir = dir;
    }

    /** The standard data set: ties, unsorted order, null cursors, several slices, several months. */
    CasesData standard() {
        Random random = new Random(20260101);
        List<String> ties = new ArrayList<>();
        for (int id = 1; id <= 40; id++) {
            ties.add(id + "," + (1 + (id - 1) / 5) + ",t" + id); // 5 rows per cursor value
        }
        Collections.shuffle(ties, random);
        write("ties", ties);
        List<String> unsorted = new ArrayList<>();
        for (int id = 1; id <= 30; id++) {
            unsorted.add(id + "," + (1 + random.nextInt(15)) + ",u" + id);
        }
        write("unsorted", unsorted);
        List<String> nulls = new ArrayList<>();
        for (int id = 1; id <= 20; id++) {
            nulls.add(id + "," + (id % 5 == 0 ? "" : String.valueOf(id / 2)) + ",n" + id);
        }
        write("null_cursors", nulls);
        List<String> noKey = new ArrayList<>();
        for (int id = 1; id <= 20; id++) {
            noKey.add(id + "," + (1 + (id - 1) / 2) + ",k" + id);
        }
        write("no_key", noKey);
        List<String> sliced = new ArrayList<>();
        for (int id = 1; id <= 40; id++) {
            sliced.add(id + "," + random.nextInt(40) + ",s" + id);
        }
        write("sliced_sorted", sliced);
        Collections.shuffle(sliced, random);
        write("sliced_unsorted", sliced);
        List<String> quotes = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2024, 4, 1)); day = day.plusDays(4)) {
            for (String ticker : List.of("AAPL", "MSFT")) {
                quotes.add(ticker + "," + day + "," + (100 + random.nextInt(50)));
            }
        }
        write("monthly", quotes);
        List<String> snapshot = new ArrayList<>();
        for (int id = 1; id <= 15; id++) {
            snapshot.add(id + "," + id + ",f" + id);
        }
        write("snapshot", snapshot);
        write("per_ticker", PerTicker.rows());
        write("accounts", Invoices.accountRows());
        write("invoices", Invoices.invoiceRows());
        List<String> directory = new ArrayList<>();
        for (int id = 1; id <= 23; id++) {
            directory.add(id + "," + id + ",d" + id);
        }
        Collections.shuffle(directory, random);
        write("directory", directory);
        write("user_cursor", UserCursor.rows());
        return this;
    }

    /** Replaces the rows of a stream. */
    void write(String stream, List<String> lines) {
        try {
            Files.write(dir.resolve(stream + ".csv"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds rows to a stream, as new data arriving between syncs. */
    void append(String stream, List<String> lines) {
        try {
            Files.write(dir.resolve(stream + ".csv"), lines, StandardOpenOption.APPEND, StandardOpenOption.CREATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The config that reads this data. */
    ObjectNode config() {
        ObjectNode config = new ObjectMapper().createObjectNode();
        config.put("data_dir", dir.toString());
        config.put("token", SECRET);
        return config;
    }

    /** The config that makes {@code stream} throw after {@code rows} rows. */
    ObjectNode failing(String stream, int rows) {
        ObjectNode config = config();
        config.put("fail_stream", stream);
        config.put("fail_after", rows);
        return config;
    }
}
