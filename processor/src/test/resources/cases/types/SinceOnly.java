package types;

import io.cursorkit.annotations.Stream;
import java.util.List;

/** read(C since) returning Iterable. */
@Stream(primaryKey = "id")
public final class SinceOnly {
    public Iterable<Item> read(Long since) {
        return List.of(new Item(since == null ? -1L : since, "since=" + since));
    }
}
