package dir;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.ResumableFullRefresh;
import io.cursorkit.annotations.Stream;
import java.util.List;

/** Resumable by its string key: read(after) returns the companies above it, by id. */
@Stream(primaryKey = "company_id")
@CheckpointInterval(2)
@ResumableFullRefresh
public final class Companies {
    static final List<Company> ALL =
            List.of(new Company("a", "Acme"), new Company("b", "Bolt"), new Company("c", "Crane"));

    public java.util.stream.Stream<Company> read(String after) {
        return ALL.stream().filter(c -> after == null || c.id().compareTo(after) > 0);
    }
}
