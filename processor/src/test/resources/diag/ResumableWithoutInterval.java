package diag;

import io.cursorkit.annotations.ResumableFullRefresh;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream(primaryKey = "id")
@ResumableFullRefresh
public final class ResumableWithoutInterval {
    public Iterable<Listing> read() {
        return List.of();
    }
}
