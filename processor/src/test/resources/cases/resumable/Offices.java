package dir;

import io.cursorkit.annotations.Stream;
import java.util.List;

/** A plain full refresh stream beside them: not resumable. */
@Stream(primaryKey = "name")
public final class Offices {
    public record Office(String name) {}

    public List<Office> read() {
        return List.of(new Office("Oslo"));
    }
}
