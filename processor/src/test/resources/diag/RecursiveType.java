package diag;

import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class RecursiveType {
    public record Node(String name, List<Node> children) {}

    public Iterable<Node> read() {
        return List.of();
    }
}
