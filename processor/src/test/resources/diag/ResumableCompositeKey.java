package diag;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.ResumableFullRefresh;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream(primaryKey = {"region", "id"})
@CheckpointInterval(10)
@ResumableFullRefresh
public final class ResumableCompositeKey {
    public Iterable<Listing> read() {
        return List.of();
    }
}
