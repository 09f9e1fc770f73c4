package diag;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.ResumableFullRefresh;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream(primaryKey = "name")
@CheckpointInterval(10)
@ResumableFullRefresh
public final class ResumableWithCursor {
    public Iterable<Row> read() {
        return List.of();
    }
}
