package diag;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

public final class ParentPartitioned {
    @Stream
    public static final class Accounts {
        @Partitions
        public List<String> regions() {
            return List.of();
        }

        public Iterable<Row> read(String region, LocalDate since) {
            return List.of();
        }
    }

    @Stream
    public static final class Invoices {
        @Partitions(parent = Accounts.class)
        public List<String> names(java.util.stream.Stream<Row> rows) {
            return List.of();
        }

        public Iterable<Row> read(String name, LocalDate since) {
            return List.of();
        }
    }
}
