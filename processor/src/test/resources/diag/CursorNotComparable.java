package diag;

import io.cursorkit.annotations.CursorField;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class CursorNotComparable {
    public record Tagged(String name, @CursorField List<String> tags) {}

    public Iterable<Tagged> read() {
        return List.of();
    }
}
