package diag;

import io.cursorkit.annotations.StateVersion;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
@StateVersion(2)
public final class StateVersionOnStream {
    public Iterable<Row> read(LocalDate since) {
        return List.of();
    }
}
