package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.ResumableFullRefresh;
import io.cursorkit.annotations.Stream;
import java.util.Comparator;
import java.util.List;

/**
 * Resumable full refresh: no cursor field, read in ascending id order (the file is not), a state
 * naming the last id every 4 rows; a sync that dies resumes after that id, a completed one starts
 * over.
 */
@Stream(name = "directory", primaryKey = "id")
@CheckpointInterval(4)
@ResumableFullRefresh
public final class Directory {
    private final CasesConfig config;

    public Directory(CasesConfig config) {
        this.config = config;
    }

    /** The rows whose id is above {@code after} (all when null), by id: WHERE id > ? ORDER BY id. */
    public Iterable<Item> read(Long after) {
        List<Item> items = DataFiles.rows(config, "directory").stream()
                .filter(row -> after == null || row.id() > after)
                .sorted(Comparator.comparingLong(Row::id))
                .map(row -> new Item(row.id(), row.seq(), row.note()))
                .toList();
        return () -> DataFiles.failing(config, "directory", items);
    }
}
