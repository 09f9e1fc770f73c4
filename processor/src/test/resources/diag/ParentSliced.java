package diag;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

public final class ParentSliced {
    @Stream
    public static final class Months {
        @Slices
        public List<String> months() {
            return List.of();
        }

        public Iterable<Row> read(String month, LocalDate since) {
            return List.of();
        }
    }

    @Stream
    public static final class Child {
        @Partitions(parent = Months.class)
        public List<String> names(java.util.stream.Stream<Row> rows) {
            return List.of();
        }

        public Iterable<Row> read(String name, LocalDate since) {
            return List.of();
        }
    }
}
