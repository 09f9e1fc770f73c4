package io.cursorkit.runtime.spi;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What the runtime needs to know about a stream before running it; made by generated code. */
public final class StreamInfo {
    private final String name;
    private final String namespace;
    private final String cursorField;
    private final List<String> primaryKey;
    private final int checkpointInterval;
    private final boolean sliced;
    private final int maxPartitions;
    private final boolean resumableFullRefresh;
    /** The cursors the user may choose among, the default first; empty when the source defines it. */
    private final List<String> cursorChoices;

    /**
     * @param name the stream's name in the catalog
     * @param namespace the namespace, or {@code null}
     * @param cursorField the JSON name of the cursor property, or {@code null} for a full refresh
     *     only stream
     * @param primaryKey JSON names of the primary key properties, empty for none
     * @param checkpointInterval records between two states, or 0 when the stream is not declared
     *     sorted
     * @param sliced whether the stream has a {@code @Slices} method
     */
    public StreamInfo(
            String name,
            String namespace,
            String cursorField,
            List<String> primaryKey,
            int checkpointInterval,
            boolean sliced) {
        this(name, namespace, cursorField, primaryKey, checkpointInterval, sliced, 0);
    }

    /**
     * A stream that may be partitioned.
     *
     * @param maxPartitions 0 for a stream without {@code @Partitions}; else the most partitions whose
     *     cursor the state keeps (at least 1). A partitioned stream is not {@code sliced}: its
     *     {@code slices} are its partitions.
     */
    public StreamInfo(
            String name,
            String namespace,
            String cursorField,
            List<String> primaryKey,
            int checkpointInterval,
            boolean sliced,
            int maxPartitions) {
        this(name, namespace, cursorField, primaryKey, checkpointInterval, sliced, maxPartitions, false);
    }

    /**
     * A full refresh stream resumable by its one-property primary key ({@code @ResumableFullRefresh}):
     * its records come in ascending key order, and it checkpoints the last key every {@code
     * checkpointInterval} records. Its generated stream's cursor type {@code C} is the key's type.
     */
    public static StreamInfo resumableFullRefresh(
            String name, String namespace, List<String> primaryKey, int checkpointInterval) {
        if (primaryKey.size() != 1 || checkpointInterval < 1) {
            throw new IllegalArgumentException(
                    "a resumable full refresh stream has a key of one property and an" + " interval of at least 1");
        }
        return new StreamInfo(name, namespace, null, primaryKey, checkpointInterval, false, 0, true);
    }

    private StreamInfo(
            String name,
            String namespace,
            String cursorField,
            List<String> primaryKey,
            int checkpointInterval,
            boolean sliced,
            int maxPartitions,
            boolean resumableFullRefresh) {
        this.resumableFullRefresh = resumableFullRefresh;
        if (maxPartitions < 0 || (maxPartitions > 0 && sliced)) {
            throw new IllegalArgumentException("a stream is sliced or partitioned (maxPartitions >= 1), not both");
        }
        this.maxPartitions = maxPartitions;
        this.name = Objects.requireNonNull(name, "name");
        this.namespace = namespace;
        this.cursorField = cursorField;
        this.primaryKey = List.copyOf(primaryKey);
        this.checkpointInterval = checkpointInterval;
        this.sliced = sliced;
        this.cursorChoices = List.of();
    }

    /** A copy of {@code base} with another cursor field and choices (every other field is copied). */
    private StreamInfo(StreamInfo base, String cursorField, List<String> cursorChoices) {
        this.name = base.name;
        this.namespace = base.namespace;
        this.cursorField = cursorField;
        this.primaryKey = base.primaryKey;
        this.checkpointInterval = base.checkpointInterval;
        this.sliced = base.sliced;
        this.maxPartitions = base.maxPartitions;
        this.resumableFullRefresh = base.resumableFullRefresh;
        this.cursorChoices = cursorChoices;
    }

    /**
     * This stream, whose user chooses its cursor among {@code choices} (JSON property names, the
     * default first, which must be this info's {@link #cursorField()}).
     */
    public StreamInfo withCursorChoices(List<String> choices) {
        if (choices.isEmpty()
                || !choices.get(0).equals(cursorField)
                || Set.copyOf(choices).size() != choices.size()) {
            throw new IllegalArgumentException("cursor choices " + choices + " must be distinct and start with the"
                    + " default cursor field " + cursorField);
        }
        return new StreamInfo(this, cursorField, List.copyOf(choices));
    }

    /** This stream with {@code field}, one of {@link #cursorChoices()}, as the cursor the user chose. */
    public StreamInfo chosen(String field) {
        if (!cursorChoices.contains(field)) {
            throw new IllegalArgumentException("'" + field + "' is not among the cursor choices " + cursorChoices);
        }
        return new StreamInfo(this, field, cursorChoices);
    }

    public String name() {
        return name;
    }

    /** The namespace, or {@code null}. */
    public String namespace() {
        return namespace;
    }

    /** The cursor's JSON property name, or {@code null} when the stream has no cursor. */
    public String cursorField() {
        return cursorField;
    }

    /**
     * The properties the user may choose the cursor among (JSON names), the default first; empty
     * when the cursor is source defined or the stream has none. {@link #cursorField()} is the one
     * chosen (see {@link GeneratedStream#withCursor}).
     */
    public List<String> cursorChoices() {
        return cursorChoices;
    }

    /** Whether the user chooses the cursor ({@code source_defined_cursor: false}). */
    public boolean userChosenCursor() {
        return !cursorChoices.isEmpty();
    }

    public boolean incremental() {
        return cursorField != null;
    }

    public List<String> primaryKey() {
        return primaryKey;
    }

    /** Records between two states; 0 when the stream does not declare ascending order. */
    public int checkpointInterval() {
        return checkpointInterval;
    }

    public boolean sorted() {
        return checkpointInterval > 0;
    }

    public boolean sliced() {
        return sliced;
    }

    /** Whether the stream has {@code @Partitions}: one cursor per partition. */
    public boolean partitioned() {
        return maxPartitions > 0;
    }

    /** Most partitions whose cursor the state keeps; 0 when the stream is not partitioned. */
    public int maxPartitions() {
        return maxPartitions;
    }

    /**
     * Whether the stream is a full refresh stream resumable by its primary key: {@link
     * GeneratedStream#cursor} then returns the record's key, and {@link GeneratedStream#read} takes
     * the key to resume after as its {@code since}.
     */
    public boolean resumableFullRefresh() {
        return resumableFullRefresh;
    }

    @Override
    public String toString() {
        return namespace == null ? name : namespace + "." + name;
    }
}
