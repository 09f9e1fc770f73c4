package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream(primaryKey = {"day", "nmae"})
public final class PrimaryKeyTypo {
    public Iterable<Row> read() {
        return List.of();
    }
}
