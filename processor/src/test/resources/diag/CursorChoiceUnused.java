package diag;

import io.cursorkit.annotations.CursorOption;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

/** Declares a cursor choice, but read takes a plain since. */
@Stream
public final class CursorChoiceUnused {
    public sealed interface Choice {
        @CursorOption("day")
        record Day(LocalDate since) implements Choice {}

        @CursorOption("id")
        record ById(Long since) implements Choice {}
    }

    public List<ChoiceRow> read(LocalDate since) {
        return List.of();
    }
}
