package diag;

import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class TwoReads {
    public Iterable<Row> read() {
        return List.of();
    }

    public Iterable<Row> read(LocalDate since) {
        return List.of();
    }
}
