package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.util.Iterator;
import java.util.List;

/** Sliced by cursor range, sorted within and across slices, a state every 4 rows, a primary key. */
@Stream(name = "sliced_sorted", primaryKey = "id")
@CheckpointInterval(4)
public final class SlicedSorted {
    private final CasesConfig config;

    public SlicedSorted(CasesConfig config) {
        this.config = config;
    }

    @Slices
    public List<Long> slices(Long since) {
        return Buckets.from(DataFiles.rows(config, "sliced_sorted"), since);
    }

    public Iterator<Row> read(Long bucket, Long since) {
        return DataFiles.failing(
                config,
                "sliced_sorted",
                DataFiles.rows(config, "sliced_sorted").stream()
                        .filter(row -> Buckets.in(row, bucket) && DataFiles.atOrAfter(row.seq(), since))
                        .sorted(DataFiles.BY_CURSOR)
                        .toList());
    }
}
