package dir;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.ResumableFullRefresh;
import io.cursorkit.annotations.Stream;
import java.util.List;

/** Resumable by a primitive key, with a read that takes no parameter: the runtime skips. */
@Stream(primaryKey = "number")
@CheckpointInterval(500)
@ResumableFullRefresh
public final class Employees {
    public Employees(DirectoryConfig config) {}

    public List<Employee> read() {
        return List.of(new Employee(1, "Ann"), new Employee(2, "Bob"));
    }
}
