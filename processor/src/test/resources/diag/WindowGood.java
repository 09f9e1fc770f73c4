package diag;

import io.cursorkit.annotations.CursorWindow;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
@CursorWindow(start = "start_date", end = "end_date", lookback = "lookback", futureMargin = "PT5M")
public final class WindowGood {
    public WindowGood(WindowConfig config) {}

    public Iterable<WindowEvent> read() {
        return List.of();
    }
}
