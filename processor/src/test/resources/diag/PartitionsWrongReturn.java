package diag;

import io.cursorkit.annotations.Partitions;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class PartitionsWrongReturn {
    @Partitions
    public String[] accounts() {
        return new String[0];
    }

    public Iterable<Row> read(String account, LocalDate since) {
        return List.of();
    }
}
