package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.CursorOption;
import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The user chooses the cursor: {@code day} (the default, many rows a day) or {@code seq} (an
 * auto-increment id, whose order differs from the days'). Partitioned by ticker, sorted by the
 * chosen cursor within each, a state every 4 rows, the key {@code seq}.
 */
@Stream(name = "user_cursor", primaryKey = "seq")
@CheckpointInterval(4)
public final class UserCursor {
    /** The cursors the user may choose; the first is the default. */
    public sealed interface Cursor {
        @CursorOption("day")
        record Day(LocalDate since) implements Cursor {}

        @CursorOption("seq")
        record Seq(Long since) implements Cursor {}
    }

    private final CasesConfig config;

    public UserCursor(CasesConfig config) {
        this.config = config;
    }

    @Partitions
    public List<String> tickers() {
        return ticks().stream().map(UserTick::ticker).distinct().sorted().toList();
    }

    /** One ticker's rows from the chosen cursor's since (inclusive), in that cursor's order. */
    public Iterator<UserTick> read(String ticker, Cursor cursor) {
        java.util.stream.Stream<UserTick> rows =
                ticks().stream().filter(t -> t.ticker().equals(ticker));
        if (cursor instanceof Cursor.Seq seq) {
            rows = rows.filter(t -> seq.since() == null || t.seq() >= seq.since())
                    .sorted(Comparator.comparingLong(UserTick::seq));
        } else if (cursor instanceof Cursor.Day day) {
            rows = rows.filter(t -> day.since() == null || !t.day().isBefore(day.since()))
                    .sorted(Comparator.comparing(UserTick::day).thenComparingLong(UserTick::seq));
        }
        return DataFiles.failing(config, "user_cursor", rows.toList());
    }

    private List<UserTick> ticks() {
        List<UserTick> ticks = new ArrayList<>();
        for (String[] fields : DataFiles.lines(config, "user_cursor")) {
            ticks.add(new UserTick(
                    fields[0], Long.parseLong(fields[1]), LocalDate.parse(fields[2]), Double.parseDouble(fields[3])));
        }
        return ticks;
    }

    /**
     * The rows of the standard data set: seq 1 to 36 over three tickers, each day shared by several
     * rows, the days in another order than the seqs.
     */
    static List<String> rows() {
        List<String> rows = new ArrayList<>();
        String[] tickers = {"AAPL", "MSFT", "NVDA"};
        for (int seq = 1; seq <= 36; seq++) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays((seq * 7L) % 8);
            rows.add(tickers[seq % 3] + "," + seq + "," + day + "," + (100 + seq));
        }
        return rows;
    }
}
