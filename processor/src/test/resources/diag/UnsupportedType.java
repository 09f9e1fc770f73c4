package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class UnsupportedType {
    public record Payload(String name, Object body) {}

    public Iterable<Payload> read() {
        return List.of();
    }
}
