package diag;

import io.cursorkit.annotations.Stream;

@Stream
public interface OnInterface {
    Iterable<Row> read();
}
