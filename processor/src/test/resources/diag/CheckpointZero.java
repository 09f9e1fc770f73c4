package diag;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
@CheckpointInterval(0)
public final class CheckpointZero {
    public Iterable<Row> read() {
        return List.of();
    }
}
