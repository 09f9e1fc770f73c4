package diag;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class PartitionsTwice {
    @Partitions
    public List<String> accounts() {
        return List.of();
    }

    @Partitions
    public List<String> repositories() {
        return List.of();
    }

    public Iterable<Row> read(String account, LocalDate since) {
        return List.of();
    }
}
