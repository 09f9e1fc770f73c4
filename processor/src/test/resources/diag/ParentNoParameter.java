package diag;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

public final class ParentNoParameter {
    @Stream
    public static final class Accounts {
        public Iterable<Row> read(LocalDate since) {
            return List.of();
        }
    }

    @Stream
    public static final class Invoices {
        @Partitions(parent = Accounts.class)
        public List<String> names() {
            return List.of();
        }

        public Iterable<Row> read(String name, LocalDate since) {
            return List.of();
        }
    }
}
