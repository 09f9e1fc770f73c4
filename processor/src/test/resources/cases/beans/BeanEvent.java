package beans;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.cursorkit.annotations.CursorField;

/** A JavaBean record type whose cursor is marked on its field. */
public class BeanEvent {
    @CursorField
    private final long id;

    private final String title;

    public BeanEvent(long id, String title) {
        this.id = id;
        this.title = title;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    @JsonIgnore
    public String getCache() {
        return "not in JSON";
    }
}
