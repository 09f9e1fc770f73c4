package io.cursorkit.testkit.connector;

import java.util.ArrayList;
import java.util.List;

/** Slices of the sliced streams: cursor ranges {@code [10 b, 10 b + 10)}, as bucket numbers b. */
final class Buckets {
    static final int WIDTH = 10;

    private Buckets() {}

    /** Buckets from the one holding {@code since} (or 0) to the one holding the largest cursor. */
    static List<Long> from(List<Row> rows, Long since) {
        long max = rows.stream()
                .filter(r -> r.seq() != null)
                .mapToLong(Row::seq)
                .max()
                .orElse(-1);
        List<Long> buckets = new ArrayList<>();
        for (long b = since == null ? 0 : since / WIDTH; b <= max / WIDTH; b++) {
            buckets.add(b);
        }
        return buckets;
    }

    static boolean in(Row row, long bucket) {
        return row.seq() != null && row.seq() / WIDTH == bucket;
    }
}
