package owned;

import io.cursorkit.annotations.CheckpointInterval;
import io.cursorkit.annotations.Slices;
import io.cursorkit.annotations.StateMigration;
import io.cursorkit.annotations.Stream;
import io.cursorkit.annotations.StreamState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Changes per drive, a delta link per drive in the state the stream owns. */
@Stream(name = "changes", primaryKey = "id")
@CheckpointInterval(2)
public final class Changes {
    private final DeltaConfig config;
    private final Map<String, String> links = new TreeMap<>();

    public Changes(DeltaConfig config) {
        this.config = config;
    }

    @Slices
    public List<String> drives(Delta state) {
        List<String> drives = new ArrayList<>(config.drives());
        if (state != null) {
            drives.add("since:" + state.links().size());
        }
        return drives;
    }

    public List<Change> read(String drive, Delta state) {
        if (state != null) {
            links.putAll(state.links());
        }
        links.put(drive, "link-after-" + drive);
        return List.of(new Change(drive + "-1", drive));
    }

    @StreamState
    public Delta state() {
        return new Delta(new TreeMap<>(links), null, List.of());
    }

    @StateMigration
    public static DeltaV1 fromLegacy(LegacyDelta legacy) {
        return new DeltaV1(legacy.deltaLink());
    }

    @StateMigration
    public static DeltaV2 perDrive(DeltaV1 old) {
        return new DeltaV2(Map.of("*", old.link()));
    }

    @StateMigration
    public static Delta fromVersion2(DeltaV2 old) {
        return new Delta(old.links(), null, null);
    }

    @StateMigration
    public static DeltaV2 fromBareLink(String link) {
        return new DeltaV2(Map.of("*", link));
    }
}
