package diag;

import io.cursorkit.annotations.CursorWindow;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
@CursorWindow(start = "start_dat")
public final class WindowUnknownProperty {
    public WindowUnknownProperty(WindowConfig config) {}

    public Iterable<Row> read() {
        return List.of();
    }
}
