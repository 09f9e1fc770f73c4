package diag;

import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class TooManyParameters {
    public Iterable<Row> read(LocalDate since, int limit, int offset) {
        return List.of();
    }
}
