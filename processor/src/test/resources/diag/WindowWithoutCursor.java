package diag;

import io.cursorkit.annotations.CursorWindow;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
@CursorWindow(start = "start_date")
public final class WindowWithoutCursor {
    public WindowWithoutCursor(WindowConfig config) {}

    public Iterable<Plain> read() {
        return List.of();
    }
}
