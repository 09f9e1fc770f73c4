package diag;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.cursorkit.annotations.Connector;

@Connector(name = "source-choice-include")
public record ChoiceInclude(Auth auth) {
    @JsonTypeInfo(
            use = JsonTypeInfo.Id.NAME,
            include = JsonTypeInfo.As.EXISTING_PROPERTY,
            property = "kind")
    public sealed interface Auth permits Key {}

    public record Key(String kind, String key) implements Auth {}
}
