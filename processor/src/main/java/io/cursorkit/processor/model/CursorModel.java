package io.cursorkit.processor.model;

import com.palantir.javapoet.TypeName;

/** The {@code @CursorField} of a stream's record type. */
public record CursorModel(PropertyModel property) {

    /** The cursor type {@code C}: the property's type, boxed. */
    public TypeName boxedType() {
        return property.type().javaType().box();
    }

    public JsonType type() {
        return property.type();
    }
}
