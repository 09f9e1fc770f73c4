package diag;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.cursorkit.annotations.Connector;

@Connector(name = "source-choice-type-info")
public record ChoiceTypeInfo(Auth auth) {
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    public sealed interface Auth permits Key {}

    public record Key(String key) implements Auth {}
}
