package diag;

import io.cursorkit.annotations.CursorWindow;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
@CursorWindow(lookback = "ratio")
public final class WindowLookbackType {
    public WindowLookbackType(WindowConfig config) {}

    public Iterable<Row> read() {
        return List.of();
    }
}
