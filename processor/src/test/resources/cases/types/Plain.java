package types;

import io.cursorkit.annotations.Stream;
import java.util.List;

/** read() of a record type with a cursor: the since is ignored. */
@Stream
public final class Plain {
    public List<Item> read() {
        return List.of(new Item(null, "no cursor value"));
    }
}
