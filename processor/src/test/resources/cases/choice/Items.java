package choice;

import io.cursorkit.annotations.Stream;
import java.util.List;
import java.util.logging.Logger;

/** Prints the whole config (a record's toString shows every secret) everywhere it can, then fails. */
@Stream(name = "items")
public final class Items {
    private final ApiConfig config;

    public Items(ApiConfig config) {
        this.config = config;
    }

    public List<Item> read() {
        System.out.println("printed: " + config);
        System.err.println("stderr: " + config);
        Logger.getLogger("items").warning("logged: " + config);
        throw new IllegalStateException("cannot reach the API with " + config);
    }
}
