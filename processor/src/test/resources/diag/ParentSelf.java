package diag;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class ParentSelf {
    @Partitions(parent = ParentSelf.class)
    public List<LocalDate> days(java.util.stream.Stream<Row> rows) {
        return List.of();
    }

    public Iterable<Row> read(LocalDate day, LocalDate since) {
        return List.of();
    }
}
