package diag;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.ResumableFullRefresh;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream(primaryKey = "id")
@CheckpointInterval(10)
@ResumableFullRefresh
public final class ReadAfterTwoParameters {
    public Iterable<Listing> read(String after, int limit) {
        return List.of();
    }
}
