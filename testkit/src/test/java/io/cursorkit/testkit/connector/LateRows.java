package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.CursorWindow;
import io.cursorkit.annotations.Stream;
import java.util.Iterator;

/**
 * Sorted, a numeric cursor with ties, a state every 3 rows, a primary key, and a window: it starts
 * at {@code late_start}, stops after {@code late_end}, and re-reads {@code late_lookback} behind
 * the saved cursor, so a row committed late with an older cursor is still delivered.
 */
@Stream(name = "late_rows", primaryKey = "id")
@CheckpointInterval(3)
@CursorWindow(start = "late_start", end = "late_end", lookback = "late_lookback")
public final class LateRows {
    private final CasesConfig config;

    public LateRows(CasesConfig config) {
        this.config = config;
    }

    /** Rows from {@code since} (the window's: the saved cursor less the lookback, or the start) on. */
    public Iterator<Row> read(Long since) {
        return DataFiles.failing(
                config,
                "late_rows",
                DataFiles.rows(config, "late_rows").stream()
                        .filter(row -> row.seq() != null && DataFiles.atOrAfter(row.seq(), since))
                        .sorted(DataFiles.BY_CURSOR)
                        .toList());
    }
}
