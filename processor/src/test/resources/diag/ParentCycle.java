package diag;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

public final class ParentCycle {
    @Stream
    public static final class Left {
        @Partitions(parent = Right.class)
        public List<String> names(java.util.stream.Stream<Row> rows) {
            return List.of();
        }

        public Iterable<Row> read(String name, LocalDate since) {
            return List.of();
        }
    }

    @Stream
    public static final class Right {
        @Partitions(parent = Left.class)
        public List<String> names(java.util.stream.Stream<Row> rows) {
            return List.of();
        }

        public Iterable<Row> read(String name, LocalDate since) {
            return List.of();
        }
    }
}
