package owned;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.spi.CloseableIterator;
import io.cursorkit.runtime.spi.JsonValues;
import io.cursorkit.runtime.spi.OwnedState;
import io.cursorkit.runtime.spi.StateValues;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * The state stream {@code changes} owns, {@link Delta}: read and written as JSON, migrated from older versions.
 */
@Generated("io.cursorkit.processor.CursorkitProcessor")
public final class Changes_OwnedState implements OwnedState<Changes, String, Change, Delta> {
    public static final Changes_OwnedState INSTANCE = new Changes_OwnedState();

    private static final Set<String> PROPERTIES_DELTA = Set.of("links", "written_at", "pending");

    private static final Set<String> PROPERTIES_DELTA_PENDING = Set.of("drive", "page");

    private static final Set<String> PROPERTIES_LEGACY_DELTA = Set.of("deltaLink");

    private static final Set<String> PROPERTIES_DELTA_V1 = Set.of("link");

    private static final Set<String> PROPERTIES_DELTA_V2 = Set.of("links");

    private static final SerializedString NAME_LINKS = new SerializedString("links");

    private static final SerializedString NAME_WRITTEN_AT = new SerializedString("written_at");

    private static final SerializedString NAME_PENDING = new SerializedString("pending");

    private static final SerializedString NAME_DRIVE = new SerializedString("drive");

    private static final SerializedString NAME_PAGE = new SerializedString("page");

    private Changes_OwnedState() {
    }

    @Override
    public int version() {
        return 3;
    }

    @Override
    public Delta current(Changes stream) {
        return stream.state();
    }

    @Override
    public List<String> slices(Changes stream, Delta state) throws Exception {
        return stream.drives(state);
    }

    @Override
    public CloseableIterator<Change> read(Changes stream, String slice, Delta state) throws
            Exception {
        return CloseableIterator.of(stream.read(slice, state));
    }

    @Override
    public void write(Delta value, JsonGenerator out) throws IOException {
        out.writeFieldName(NAME_LINKS);
        Map<String, String> links = value.links();
        if (links == null) {
            out.writeNull();
        } else {
            out.writeStartObject();
            for (Map.Entry<String, String> linksEntry : links.entrySet()) {
                out.writeFieldName(linksEntry.getKey());
                String linksValue = linksEntry.getValue();
                if (linksValue == null) {
                    out.writeNull();
                } else {
                    out.writeString(linksValue);
                }
            }
            out.writeEndObject();
        }
        out.writeFieldName(NAME_WRITTEN_AT);
        Instant writtenAt = value.writtenAt();
        if (writtenAt == null) {
            out.writeNull();
        } else {
            out.writeString(JsonValues.format(writtenAt));
        }
        out.writeFieldName(NAME_PENDING);
        List<Delta.Pending> pending = value.pending();
        if (pending == null) {
            out.writeNull();
        } else {
            out.writeStartArray();
            for (Delta.Pending pendingItem : pending) {
                if (pendingItem == null) {
                    out.writeNull();
                } else {
                    writeDelta_Pending(pendingItem, out);
                }
            }
            out.writeEndArray();
        }
    }

    @Override
    public Delta decode(JsonNode blob, int version) throws Exception {
        if (!blob.isObject()) {
            // a bare value, such as a token saved on its own
            return migrateFrom2(Changes.fromBareLink(StateValues.value(blob, "", false, n -> JsonValues.string(n))));
        }
        switch (version) {
            case 0: return migrateFrom1(Changes.fromLegacy(readLegacyDelta(blob, "", ignored -> {})));
            case 1: return migrateFrom2(Changes.perDrive(readDeltaV1(blob, "", ignored -> {})));
            case 2: return Changes.fromVersion2(readDeltaV2(blob, "", ignored -> {}));
            case 3: return readDelta(blob, "", ignored -> {});
            default: throw new ConfigException("no @StateMigration of this release reads version " + version + " (it reads versions 0, 1, 2, 3)");
        }
    }

    private static Delta migrateFrom1(DeltaV1 state) throws Exception {
        return state == null ? null : migrateFrom2(Changes.perDrive(state));
    }

    private static Delta migrateFrom2(DeltaV2 state) throws Exception {
        return state == null ? null : Changes.fromVersion2(state);
    }

    private static Delta readDelta(JsonNode node, String path, Consumer<String> warnings) throws
            ConfigException {
        StateValues.warnUnknown(node, path, PROPERTIES_DELTA, warnings);
        Map<String, String> links;
        JsonNode linksNode = node.get("links");
        if (linksNode == null || linksNode.isNull()) {
            throw StateValues.missing(StateValues.child(path, "links"), "an object whose values are each a string", linksNode);
        } else {
            links = StateValues.map(linksNode, StateValues.child(path, "links"), false, n -> JsonValues.string(n), "an object whose values are each a string");
        }
        Instant writtenAt;
        JsonNode writtenAtNode = node.get("written_at");
        if (writtenAtNode == null || writtenAtNode.isNull()) {
            writtenAt = null;
        } else {
            writtenAt = StateValues.value(writtenAtNode, StateValues.child(path, "written_at"), false, n -> JsonValues.instant(n));
        }
        List<Delta.Pending> pending;
        JsonNode pendingNode = node.get("pending");
        if (pendingNode == null || pendingNode.isNull()) {
            pending = null;
        } else {
            pending = StateValues.objectCollection(pendingNode, StateValues.child(path, "pending"), false, (n, p) -> readDelta_Pending(StateValues.object(n, p, false, "an object with the properties drive, page"), p, warnings), "an array of values that are each an object with the properties drive, page", new ArrayList<>());
        }
        return new Delta(links, writtenAt, pending);
    }

    private static Delta.Pending readDelta_Pending(JsonNode node, String path,
            Consumer<String> warnings) throws ConfigException {
        StateValues.warnUnknown(node, path, PROPERTIES_DELTA_PENDING, warnings);
        String drive;
        JsonNode driveNode = node.get("drive");
        if (driveNode == null || driveNode.isNull()) {
            drive = null;
        } else {
            drive = StateValues.value(driveNode, StateValues.child(path, "drive"), false, n -> JsonValues.string(n));
        }
        int page;
        JsonNode pageNode = node.get("page");
        if (pageNode == null || pageNode.isNull()) {
            throw StateValues.missing(StateValues.child(path, "page"), "an integer from -2147483648 to 2147483647", pageNode);
        } else {
            page = StateValues.value(pageNode, StateValues.child(path, "page"), false, n -> JsonValues.intValue(n));
        }
        return new Delta.Pending(drive, page);
    }

    private static LegacyDelta readLegacyDelta(JsonNode node, String path,
            Consumer<String> warnings) throws ConfigException {
        StateValues.warnUnknown(node, path, PROPERTIES_LEGACY_DELTA, warnings);
        String deltaLink;
        JsonNode deltaLinkNode = node.get("deltaLink");
        if (deltaLinkNode == null || deltaLinkNode.isNull()) {
            throw StateValues.missing(StateValues.child(path, "deltaLink"), "a string", deltaLinkNode);
        } else {
            deltaLink = StateValues.value(deltaLinkNode, StateValues.child(path, "deltaLink"), false, n -> JsonValues.string(n));
        }
        return new LegacyDelta(deltaLink);
    }

    private static DeltaV1 readDeltaV1(JsonNode node, String path, Consumer<String> warnings) throws
            ConfigException {
        StateValues.warnUnknown(node, path, PROPERTIES_DELTA_V1, warnings);
        String link;
        JsonNode linkNode = node.get("link");
        if (linkNode == null || linkNode.isNull()) {
            link = null;
        } else {
            link = StateValues.value(linkNode, StateValues.child(path, "link"), false, n -> JsonValues.string(n));
        }
        return new DeltaV1(link);
    }

    private static DeltaV2 readDeltaV2(JsonNode node, String path, Consumer<String> warnings) throws
            ConfigException {
        StateValues.warnUnknown(node, path, PROPERTIES_DELTA_V2, warnings);
        Map<String, String> links;
        JsonNode linksNode = node.get("links");
        if (linksNode == null || linksNode.isNull()) {
            links = null;
        } else {
            links = StateValues.map(linksNode, StateValues.child(path, "links"), false, n -> JsonValues.string(n), "an object whose values are each a string");
        }
        return new DeltaV2(links);
    }

    private static void writeDelta_Pending(Delta.Pending value, JsonGenerator out) throws
            IOException {
        out.writeStartObject();
        out.writeFieldName(NAME_DRIVE);
        String drive = value.drive();
        if (drive == null) {
            out.writeNull();
        } else {
            out.writeString(drive);
        }
        out.writeFieldName(NAME_PAGE);
        int page = value.page();
        out.writeNumber(page);
        out.writeEndObject();
    }
}
