package beans;

import io.cursorkit.annotations.Stream;
import java.util.Iterator;
import java.util.List;

@Stream(primaryKey = "id")
public final class BeanEvents {
    private final BeanSettings settings;

    public BeanEvents(BeanSettings settings) {
        this.settings = settings;
    }

    public Iterator<BeanEvent> read(Long since) {
        return List.of(new BeanEvent(since == null ? 1 : since + 1, settings.getHost())).iterator();
    }
}
