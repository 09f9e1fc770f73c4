package diag;

import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class SliceWithoutSlices {
    public Iterable<Row> read(String region, LocalDate since) {
        return List.of();
    }
}
