package diag;

import io.cursorkit.annotations.Stream;

@Stream
public final class WrongReturn {
    public Row read() {
        return null;
    }
}
