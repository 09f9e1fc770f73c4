package diag;

import io.cursorkit.annotations.CursorWindow;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
@CursorWindow(lookback = "lookback_days")
public final class WindowLookbackOnString {
    public WindowLookbackOnString(WindowConfig config) {}

    public Iterable<WindowCoded> read() {
        return List.of();
    }
}
