package diag;

import io.cursorkit.annotations.Stream;

@Stream
public abstract class Abstract {
    public abstract Iterable<Row> read();
}
