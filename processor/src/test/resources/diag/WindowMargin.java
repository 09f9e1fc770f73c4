package diag;

import io.cursorkit.annotations.CursorWindow;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
@CursorWindow(futureMargin = "5 minutes")
public final class WindowMargin {
    public WindowMargin(WindowConfig config) {}

    public Iterable<WindowEvent> read() {
        return List.of();
    }
}
