package diag;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.cursorkit.annotations.Connector;

@Connector(name = "source-choice-clash")
public record ChoiceDiscriminatorClash(Auth auth) {
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    public sealed interface Auth permits Key {}

    public record Key(
            String kind,
            String key) implements Auth {}
}
