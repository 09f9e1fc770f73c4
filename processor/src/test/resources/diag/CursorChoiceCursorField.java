package diag;

import io.cursorkit.annotations.CursorOption;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

/** Row's @CursorField is day, but the choice's default is name. */
@Stream
public final class CursorChoiceCursorField {
    public sealed interface Choice {
        @CursorOption("name")
        record ByName(String since) implements Choice {}

        @CursorOption("day")
        record Day(LocalDate since) implements Choice {}
    }

    public List<Row> read(Choice cursor) {
        return List.of();
    }
}
