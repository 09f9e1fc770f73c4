package types;

import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.Stream;

/** @Slices returning Stream with (since); read(S slice, C since) returning Stream. */
@Stream(name = "by_color")
public final class SlicedByColor {
    public static int closedSlices;

    @Slices
    public java.util.stream.Stream<Color> slices(Long since) {
        return java.util.stream.Stream.of(Color.RED, Color.BLUE).onClose(() -> closedSlices++);
    }

    public java.util.stream.Stream<Item> read(Color slice, Long since) {
        return java.util.stream.Stream.of(new Item(1L, "slice=" + slice + ",since=" + since));
    }
}
