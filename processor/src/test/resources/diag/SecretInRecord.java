package diag;

import io.cursorkit.annotations.Secret;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream
public final class SecretInRecord {
    public record Account(String name, @Secret String token) {}

    public Iterable<Account> read() {
        return List.of();
    }
}
