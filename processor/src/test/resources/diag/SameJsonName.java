package diag;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class SameJsonName {
    public record Clash(@JsonProperty("name") String first, @JsonProperty("name") String second) {}

    public List<Clash> read() {
        return List.of();
    }
}
