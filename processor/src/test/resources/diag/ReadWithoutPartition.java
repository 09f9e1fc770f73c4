package diag;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class ReadWithoutPartition {
    @Partitions
    public List<String> accounts() {
        return List.of();
    }

    public Iterable<Row> read(LocalDate since) {
        return List.of();
    }
}
