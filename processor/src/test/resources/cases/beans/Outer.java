package beans;

import io.cursorkit.annotations.Stream;
import java.util.List;

public final class Outer {
    private Outer() {}

    /** A nested stream: generated as Outer_NestedEvents_Stream. */
    @Stream
    public static final class NestedEvents {
        public List<BeanEvent> read() {
            return List.of(new BeanEvent(1, "nested"));
        }
    }
}
