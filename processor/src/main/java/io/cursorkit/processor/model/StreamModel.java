package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything generation needs to know about one {@code @Stream} class, validated.
 *
 * @param type the author's stream class
 * @param name the stream name in the catalog
 * @param namespace the namespace, or null
 * @param record the record type's properties
 * @param cursor the cursor, or null for a full refresh only stream
 * @param slices the {@code @Slices} method, or null
 * @param read the read method
 * @param primaryKey the primary key properties, in {@code primaryKey} order
 * @param checkpointInterval {@code @CheckpointInterval}, or 0
 * @param configType the constructor's config parameter type, or null for a no-arg constructor
 * @param origin the annotated element, only to mark generated files as originating from it
 */
record StreamModel(
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
        TypeElement origin) {

    static final ClassName NO_CURSOR = ClassName.get("io.cursorkit.runtime.internal", "NoCursor");

    ClassName streamClass() {
        return Names.generated(type, "_Stream");
    }

    ClassName recordWriterClass() {
        return Names.generated(type, "_RecordWriter");
    }

    ClassName stateSerializerClass() {
        return Names.generated(type, "_StateSerializer");
    }

    /**
     * The cursor type {@code C} of the SPI: the boxed cursor type, or {@code NoCursor} (which, unlike
     * {@code Void}, meets the SPI's {@code Comparable} bound).
     */
    TypeName cursorType() {
        return cursor == null ? NO_CURSOR : cursor.property().type().type().box();
    }

    /** The slice type {@code S} of the SPI, or {@code Void}. */
    TypeName sliceType() {
        return slices == null ? ClassName.get(Void.class) : slices.type();
    }

    /** The method shapes {@code read} and {@code @Slices} may return. */
    enum Shape {
        LIST,
        ITERABLE,
        ITERATOR,
        STREAM
    }

    /** The cursor property of the record type. */
    record CursorModel(PropertyModel property) {}

    /**
     * The {@code @Slices} method.
     *
     * @param json the slice's JSON form, or null when it is written as its {@code toString()}
     */
    record SliceModel(String method, TypeName type, Shape shape, boolean takesSince, TypeModel json) {}

    /** The read method and which of {@code (slice, since)} it declares. */
    record ReadModel(String method, Shape shape, boolean takesSlice, boolean takesSince) {}
}
