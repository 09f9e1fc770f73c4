package conc;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream(name = "items")
public final class Items {
    public record Item(String id) {}

    public List<Item> read() {
        return List.of(new Item("a"));
    }
}
