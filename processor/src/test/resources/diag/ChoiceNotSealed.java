package diag;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-choice-not-sealed")
public record ChoiceNotSealed(Auth auth) {
    public interface Auth {}

    public record Key(String key) implements Auth {}
}
