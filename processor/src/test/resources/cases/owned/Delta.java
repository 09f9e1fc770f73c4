package owned;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cursorkit.annotations.StateVersion;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Version 3: a delta link per drive, when the state was last written, and what is left to read. */
@StateVersion(3)
public record Delta(
        @JsonProperty(value = "links", required = true) Map<String, String> links,
        @JsonProperty("written_at") Instant writtenAt,
        List<Pending> pending) {
    public record Pending(String drive, int page) {}
}
