package diag;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.cursorkit.annotations.Connector;

@Connector(name = "source-choice-duplicate")
public record ChoiceDuplicateValue(Auth auth) {
    public sealed interface Auth permits Key, Other {}

    public record Key(String key) implements Auth {}

    @JsonTypeName(value = "key")
    public record Other(String other) implements Auth {}
}
