package chosen;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** No @CursorField: the stream's user chooses between updated_at and id. */
public record Trade(long id, String note, @JsonProperty("updated_at") Instant updatedAt, List<String> tags) {}
