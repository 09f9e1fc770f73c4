package diag;

import io.cursorkit.annotations.Stream;
import java.time.Instant;
import java.util.List;

@Stream
public final class SinceWrongType {
    public Iterable<Row> read(Instant since) {
        return List.of();
    }
}
