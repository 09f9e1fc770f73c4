package shop;

import io.cursorkit.annotations.Stream;
import java.util.List;

/** A parent without cursor and without config: read whole, its adapter generic. */
@Stream
public final class Regions {
    public List<Region> read() {
        return List.of(new Region("eu"), new Region("us"), new Region("eu"));
    }
}
