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
 * @param object the properties of an {@code OBJECT}; else null (also for a choice)
 * @param enumConstants the constants of an {@code ENUM}; else empty
 * @param choice for an {@code OBJECT} that is a sealed choice of records (configuration types only),
 *     its options, and {@code object} is null; else null
 */
public record TypeModel(
        JsonKind kind,
        TypeName type,
        boolean nullable,
        TypeModel element,
        boolean javaArray,
        TypeName collection,
        ObjectModel object,
        List<String> enumConstants,
        ChoiceModel choice) {

    public static TypeModel scalar(JsonKind kind, TypeName type) {
        return new TypeModel(kind, type, !type.isPrimitive(), null, false, null, null, List.of(), null);
    }

    public static TypeModel enumType(TypeName type, List<String> constants) {
        return new TypeModel(JsonKind.ENUM, type, true, null, false, null, null, List.copyOf(constants), null);
    }

    public static TypeModel array(TypeName type, TypeModel element, boolean javaArray, TypeName collection) {
        return new TypeModel(JsonKind.ARRAY, type, true, element, javaArray, collection, null, List.of(), null);
    }

    public static TypeModel map(TypeName type, TypeModel value) {
        return new TypeModel(JsonKind.MAP, type, true, value, false, null, null, List.of(), null);
    }

    public static TypeModel object(TypeName type, ObjectModel object) {
        return new TypeModel(JsonKind.OBJECT, type, true, null, false, null, object, List.of(), null);
    }

    /** A sealed interface whose permitted records are the options of a {@code oneOf}: JSON objects. */
    public static TypeModel choice(TypeName type, ChoiceModel choice) {
        return new TypeModel(JsonKind.OBJECT, type, true, null, false, null, null, List.of(), choice);
    }

    /** Whether this is a sealed choice rather than one record or JavaBean type. */
    public boolean isChoice() {
        return choice != null;
    }

    /** The same type where it appears as a value that is never null (the top of a record). */
    TypeModel nonNull() {
        return new TypeModel(kind, type, false, element, javaArray, collection, object, enumConstants, choice);
    }
}
