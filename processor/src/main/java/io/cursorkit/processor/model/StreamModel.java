package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Everything generation needs to know about one {@code @Stream} class.
 *
 * @param origin the annotated class, only as the generated files' originating element
 * @param streamClass the author's class
 * @param configType the {@code @Connector} type
 * @param constructorTakesConfig whether the class is created with the config
 * @param name the stream's name
 * @param namespace the namespace, or null
 * @param primaryKey the key's properties, in {@code primaryKey} order
 * @param record the record type
 * @param cursor the cursor, if the record type has one
 * @param slices the {@code @Slices} method, if any
 * @param read the {@code read} method
 * @param checkpointInterval records between states, 0 when not declared sorted
 */
public record StreamModel(
        TypeElement origin,
        ClassName streamClass,
        ClassName configType,
        boolean constructorTakesConfig,
        String name,
        String namespace,
        List<PropertyModel> primaryKey,
        JsonType.ObjectType record,
        Optional<CursorModel> cursor,
        Optional<SliceModel> slices,
        ReadModel read,
        int checkpointInterval) {

    public StreamModel {
        primaryKey = List.copyOf(primaryKey);
    }

    public ClassName streamImpl() {
        return GeneratedNames.sibling(streamClass, "Stream");
    }

    public ClassName recordWriter() {
        return GeneratedNames.sibling(streamClass, "RecordWriter");
    }

    public ClassName stateSerializer() {
        return GeneratedNames.sibling(streamClass, "StateSerializer");
    }
}
