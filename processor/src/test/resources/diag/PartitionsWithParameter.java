package diag;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class PartitionsWithParameter {
    @Partitions
    public List<String> accounts(LocalDate since) {
        return List.of();
    }

    public Iterable<Row> read(String account, LocalDate since) {
        return List.of();
    }
}
