package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * How a Java type maps to JSON: the type model that schema, writer and reader generation share.
 * Reference types are nullable, primitives are not.
 */
public sealed interface JsonType {

    /** The Java type as written in generated code. */
    TypeName javaType();

    /** Whether the value may be null (every reference type). */
    default boolean nullable() {
        return !javaType().isPrimitive();
    }

    /** A string, number, boolean, date or time. */
    record Scalar(ScalarKind kind, TypeName javaType) implements JsonType {}

    /** An enum, written as the constant's name. */
    record EnumType(ClassName javaType, List<String> constants) implements JsonType {
        public EnumType {
            constants = List.copyOf(constants);
        }
    }

    /** A {@code List}, {@code Set}, {@code Collection} or array. */
    record ArrayType(Shape shape, JsonType items, TypeName javaType) implements JsonType {
        /** The Java container. */
        public enum Shape {
            LIST,
            SET,
            ARRAY
        }
    }

    /** A {@code Map<String, V>}, written as an object. */
    record MapType(JsonType values, TypeName javaType) implements JsonType {}

    /** A record or JavaBean, written as an object with its properties. */
    record ObjectType(ClassName javaType, List<PropertyModel> properties, boolean isRecord) implements JsonType {
        public ObjectType {
            properties = List.copyOf(properties);
        }
    }

    /** A type with no JSON form of its own (allowed for slices only), written as {@code toString()}. */
    record Text(TypeName javaType) implements JsonType {}
}
