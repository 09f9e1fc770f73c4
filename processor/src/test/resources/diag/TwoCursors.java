package diag;

import io.cursorkit.annotations.CursorField;
import io.cursorkit.annotations.Stream;
import java.time.LocalDate;
import java.util.List;

@Stream
public final class TwoCursors {
    public record Twice(@CursorField LocalDate created, @CursorField LocalDate updated) {}

    public Iterable<Twice> read() {
        return List.of();
    }
}
