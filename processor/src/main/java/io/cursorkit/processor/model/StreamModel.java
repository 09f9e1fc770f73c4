package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything generation needs to know about one {@code @Stream} class, validated: a model exists
 * only for a class that broke no rule, so its readers check nothing. Generated type names derive
 * from {@code type} by {@link Names}.
 *
 * @param type the author's stream class
 * @param name the stream name in the catalog
 * @param namespace the namespace, or null
 * @param record the record type's properties
 * @param cursor the cursor, or null for a full refresh only stream
 * @param slices the {@code @Slices} or {@code @Partitions} method, or null
 * @param read the read method
 * @param primaryKey the primary key properties, in {@code primaryKey} order
 * @param checkpointInterval {@code @CheckpointInterval}, or 0
 * @param configType the constructor's config parameter type, or null for a no-arg constructor
 * @param origin the annotated element, only to mark generated files as originating from it
 * @param ownedState the state the stream owns ({@code @StreamState}), or null
 * @param window the {@code @CursorWindow}, or null
 * @param resumableFullRefresh {@code @ResumableFullRefresh}: no cursor, one primary key property,
 *     records in ascending key order, resumed after the last checkpointed key
 */
public record StreamModel(
        ClassName type,
        String name,
        String namespace,
        ObjectModel record,
        CursorModel cursor,
        SliceModel slices,
        ReadModel read,
        List<PropertyModel> primaryKey,
        int checkpointInterval,
        ClassName configType,
        TypeElement origin,
        OwnedStateModel ownedState,
        WindowModel window,
        boolean resumableFullRefresh) {

    /** Whether the stream can be synced incrementally: it has a cursor, or owns its state. */
    public boolean incremental() {
        return cursor != null || ownedState != null;
    }

    /** Streams in catalog order: by name, then namespace. */
    public static List<StreamModel> catalogOrder(List<StreamModel> streams) {
        List<StreamModel> sorted = new ArrayList<>(streams);
        sorted.sort(
                Comparator.comparing(StreamModel::name).thenComparing(s -> s.namespace() == null ? "" : s.namespace()));
        return sorted;
    }

    /**
     * The property whose value the state holds and {@code read} receives: the cursor, or the one key
     * property of a resumable full refresh stream; null for a plain full refresh stream.
     */
    public PropertyModel position() {
        if (cursor != null) {
            return cursor.property();
        }
        return resumableFullRefresh ? primaryKey.get(0) : null;
    }

    /** {@code <Stream>_Stream}, beside the author's class. */
    public ClassName streamClass() {
        return Names.generated(type, "_Stream");
    }

    /** {@code <Stream>_RecordWriter}, beside the author's class. */
    public ClassName recordWriterClass() {
        return Names.generated(type, "_RecordWriter");
    }

    /** {@code <Stream>_StateSerializer}, beside the author's class. */
    public ClassName stateSerializerClass() {
        return Names.generated(type, "_StateSerializer");
    }

    /** {@code <Stream>_OwnedState}, beside the author's class; only for a stream with {@code @StreamState}. */
    public ClassName ownedStateClass() {
        return Names.generated(type, "_OwnedState");
    }

    /** The method shapes {@code read} and {@code @Slices} may return. */
    public enum Shape {
        LIST,
        ITERABLE,
        ITERATOR,
        STREAM
    }

    /**
     * The cursor property of the record type. When the user chooses the cursor, {@code property} is
     * the default choice's and {@code choice} lists them all; else {@code choice} is null.
     *
     * @param versions the state's {@code @StateVersion} and migrations, or null when it declares none
     */
    public record CursorModel(PropertyModel property, CursorVersionModel versions, CursorChoiceModel choice) {
        /** A cursor the source defines, with its state's versions (or null). */
        public CursorModel(PropertyModel property, CursorVersionModel versions) {
            this(property, versions, null);
        }

        /** A cursor whose state has no version. */
        public CursorModel(PropertyModel property) {
            this(property, null);
        }
    }

    /**
     * The {@code @Slices} method, or the {@code @Partitions} method of a partitioned stream (whose
     * partitions the runtime drives as slices, each with a cursor of its own).
     *
     * @param json the slice's JSON form, or null when it is written as its {@code toString()}
     * @param maxPartitions 0 for {@code @Slices}; for {@code @Partitions}, its {@code maxInState}
     * @param parent the parent of a child stream ({@code @Partitions(parent = ...)}), or null
     */
    public record SliceModel(
            String method,
            TypeName type,
            Shape shape,
            boolean takesSince,
            TypeModel json,
            int maxPartitions,
            ParentModel parent) {
        /** A slices or partitions method without parent. */
        public SliceModel(
                String method, TypeName type, Shape shape, boolean takesSince, TypeModel json, int maxPartitions) {
            this(method, type, shape, takesSince, json, maxPartitions, null);
        }

        /** Whether this is a {@code @Partitions} method. */
        public boolean partitions() {
            return maxPartitions > 0;
        }
    }

    /** The read method and which of {@code (slice, since)} it declares. */
    public record ReadModel(String method, Shape shape, boolean takesSlice, boolean takesSince) {}
}
