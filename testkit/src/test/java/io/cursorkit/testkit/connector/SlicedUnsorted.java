package io.cursorkit.testkit.connector;

import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.util.Iterator;
import java.util.List;

/** Sliced by cursor range, rows in file order within a slice, no interval, a primary key. */
@Stream(name = "sliced_unsorted", primaryKey = "id")
public final class SlicedUnsorted {
    private final CasesConfig config;

    public SlicedUnsorted(CasesConfig config) {
        this.config = config;
    }

    @Slices
    public List<Long> slices(Long since) {
        return Buckets.from(DataFiles.rows(config, "sliced_unsorted"), since);
    }

    public Iterator<Row> read(Long bucket, Long since) {
        return DataFiles.failing(
                config,
                "sliced_unsorted",
                DataFiles.rows(config, "sliced_unsorted").stream()
                        .filter(row -> Buckets.in(row, bucket) && DataFiles.atOrAfter(row.seq(), since))
                        .toList());
    }
}
