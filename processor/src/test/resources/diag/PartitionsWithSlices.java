package diag;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class PartitionsWithSlices {
    @Slices
    public List<String> months() {
        return List.of();
    }

    @Partitions
    public List<String> accounts() {
        return List.of();
    }

    public Iterable<Row> read(String account, LocalDate since) {
        return List.of();
    }
}
