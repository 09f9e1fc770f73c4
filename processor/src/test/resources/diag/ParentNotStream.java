package diag;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class ParentNotStream {
    @Partitions(parent = Plain.class)
    public List<String> accounts(java.util.stream.Stream<Plain> plains) {
        return List.of();
    }

    public Iterable<Row> read(String account, LocalDate since) {
        return List.of();
    }
}
