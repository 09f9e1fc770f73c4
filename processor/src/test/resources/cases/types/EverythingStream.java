package types;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Stream;
import java.util.List;

@Stream(namespace = "demo", primaryKey = {"id", "day", "color", "text"})
@CheckpointInterval(10)
public final class EverythingStream {
    private final AllConfig config;

    public EverythingStream(AllConfig config) {
        this.config = config;
    }

    public java.util.stream.Stream<Everything> read(Long since) {
        return List.of(Everything.full(), Everything.empty()).stream();
    }

    public AllConfig config() {
        return config;
    }
}
