package diag;

import io.cursorkit.annotations.Connector;

@Connector(name = "source-choice-option")
public record ChoiceOptionNotRecord(Auth auth) {
    public sealed interface Auth permits Key, Basic {}

    public record Key(String key) implements Auth {}

    public static final class Basic implements Auth {
        public Basic(String user) {}

        public String getUser() {
            return "";
        }
    }
}
