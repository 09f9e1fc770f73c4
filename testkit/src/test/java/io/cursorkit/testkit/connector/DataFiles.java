package io.cursorkit.testkit.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Reads the CSV files of the test connector, and injects the configured failure. */
final class DataFiles {
    /** Sorted by cursor, then id, as a sorted stream must yield its rows. */
    static final Comparator<Row> BY_CURSOR = Comparator.comparing(
                    Row::seq, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Row::id);

    private DataFiles() {}

    /** The rows of {@code <data_dir>/<stream>.csv}, in file order; an empty seq is a null cursor. */
    static List<Row> rows(CasesConfig config, String stream) {
        List<Row> rows = new ArrayList<>();
        for (String[] fields : lines(config, stream)) {
            Long seq = fields[1].isEmpty() ? null : Long.valueOf(fields[1]);
            rows.add(new Row(Long.parseLong(fields[0]), seq, fields.length > 2 ? fields[2] : ""));
        }
        return rows;
    }

    /** The quotes of {@code <data_dir>/<stream>.csv}: {@code ticker,day,value}. */
    static List<Quote> quotes(CasesConfig config, String stream) {
        List<Quote> quotes = new ArrayList<>();
        for (String[] fields : lines(config, stream)) {
            quotes.add(new Quote(fields[0], LocalDate.parse(fields[1]), Double.parseDouble(fields[2])));
        }
        return quotes;
    }

    /** The tickers of {@code <data_dir>/<stream>.csv}'s quotes, sorted: a stream's partitions. */
    static java.util.stream.Stream<String> tickers(CasesConfig config, String stream) {
        return quotes(config, stream).stream().map(Quote::ticker).distinct().sorted();
    }

    /**
     * The quotes of one ticker from {@code since} (all with null), in day order, failing as
     * configured: a read of a stream partitioned by ticker.
     */
    static Iterator<Quote> quotesOf(CasesConfig config, String stream, String ticker, LocalDate since) {
        return failing(
                config,
                stream,
                quotes(config, stream).stream()
                        .filter(q -> q.ticker().equals(ticker))
                        .filter(q -> since == null || !q.day().isBefore(since))
                        .sorted(Comparator.comparing(Quote::day))
                        .toList());
    }

    /** True when {@code cursor} is not below {@code since} (records at {@code since} may repeat). */
    static boolean atOrAfter(Long cursor, Long since) {
        return since == null || cursor == null || cursor >= since;
    }

    /** {@code rows}, throwing after {@code fail_after} of them when {@code stream} is {@code fail_stream}. */
    static <T> Iterator<T> failing(CasesConfig config, String stream, List<T> rows) {
        Iterator<T> all = rows.iterator();
        if (!stream.equals(config.failStream()) || config.failAfter() == null) {
            return all;
        }
        int limit = config.failAfter();
        return new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                if (served == limit) {
                    System.out.println("about to fail, token " + config.token());
                    throw new IllegalStateException(
                            "failing on purpose after " + limit + " rows of " + stream + ", token " + config.token());
                }
                return all.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                served++;
                return all.next();
            }
        };
    }

    /** The fields of each line of {@code <data_dir>/<stream>.csv}; none when there is no file. */
    static List<String[]> lines(CasesConfig config, String stream) {
        Path file = Path.of(config.dataDir(), stream + ".csv");
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<String[]> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    lines.add(line.split(",", -1));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
