package diag;

import io.cursorkit.annotations.CursorOption;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class CursorOptionUnknown {
    public sealed interface Choice {
        @CursorOption("dya")
        record Day(LocalDate since) implements Choice {}

        @CursorOption("id")
        record ById(Long since) implements Choice {}
    }

    public List<ChoiceRow> read(Choice cursor) {
        return List.of();
    }
}
