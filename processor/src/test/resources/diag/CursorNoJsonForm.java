package diag;

import io.cursorkit.annotations.CursorField;
import io.cursorkit.annotations.Stream;
import java.util.List;
import java.util.UUID;

@Stream
public final class CursorNoJsonForm {
    public record Keyed(@CursorField UUID id) {}

    public Iterable<Keyed> read() {
        return List.of();
    }
}
