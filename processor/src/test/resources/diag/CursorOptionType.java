package diag;

import io.cursorkit.annotations.CursorOption;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class CursorOptionType {
    public sealed interface Choice {
        @CursorOption("day")
        record Day(LocalDate since) implements Choice {}

        @CursorOption("tags")
        record ByTags(List<String> since) implements Choice {}
    }

    public List<ChoiceRow> read(Choice cursor) {
        return List.of();
    }
}
