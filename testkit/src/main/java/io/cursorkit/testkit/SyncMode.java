package io.cursorkit.testkit;

/** The Airbyte sync modes, with their protocol spelling. */
public enum SyncMode {
    /** Every record on every sync; state is ignored. */
    FULL_REFRESH("full_refresh"),
    /** Only records at or after the saved cursor. */
    INCREMENTAL("incremental");

    private final String json;

    SyncMode(String json) {
        this.json = json;
    }

    /** The protocol's spelling: {@code full_refresh} or {@code incremental}. */
    public String json() {
        return json;
    }
}
