package diag;

import io.cursorkit.annotations.CursorWindow;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
@CursorWindow(start = "host")
public final class WindowStartType {
    public WindowStartType(WindowConfig config) {}

    public Iterable<Row> read() {
        return List.of();
    }
}
