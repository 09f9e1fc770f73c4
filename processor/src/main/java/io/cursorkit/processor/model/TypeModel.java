package io.cursorkit.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A Java type with its JSON shape. Built through the factories below, so that only the fields that
 * mean something for {@code kind} are set; the others are null or empty.
 *
 * @param kind the JSON shape
 * @param type the Java type as written in generated code
 * @param nullable whether the value may be null (every reference type)
 * @param element the element type of an array, collection or map value; else null
 * @param javaArray whether an {@code ARRAY} is a Java array rather than a collection
 * @param collection for a collection, its erased interface ({@code List}, {@code Set}); else null
 * @param object the properties of an {@code OBJECT}; else null
 * @param enumConstants the constants of an {@code ENUM}; else empty
 */
public record TypeModel(
        JsonKind kind,
        TypeName type,
        boolean nullable,
        TypeModel element,
        boolean javaArray,
        TypeName collection,
        ObjectModel object,
        List<String> enumConstants) {

    public static TypeModel scalar(JsonKind kind, TypeName type) {
        return new TypeModel(kind, type, !type.isPrimitive(), null, false, null, null, List.of());
    }

    public static TypeModel enumType(TypeName type, List<String> constants) {
        return new TypeModel(JsonKind.ENUM, type, true, null, false, null, null, List.copyOf(constants));
    }

    public static TypeModel array(TypeName type, TypeModel element, boolean javaArray, TypeName collection) {
        return new TypeModel(JsonKind.ARRAY, type, true, element, javaArray, collection, null, List.of());
    }

    public static TypeModel map(TypeName type, TypeModel value) {
        return new TypeModel(JsonKind.MAP, type, true, value, false, null, null, List.of());
    }

    public static TypeModel object(TypeName type, ObjectModel object) {
        return new TypeModel(JsonKind.OBJECT, type, true, null, false, null, object, List.of());
    }

    /** The same type where it appears as a value that is never null (the top of a record). */
    TypeModel nonNull() {
        return new TypeModel(kind, type, false, element, javaArray, collection, object, enumConstants);
    }
}
