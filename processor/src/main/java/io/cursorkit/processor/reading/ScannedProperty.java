package io.cursorkit.processor.reading;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A property as found on a record or bean, before its type is resolved.
 *
 * @param element the record component or field, where errors about it go
 * @param javaName the component or field name
 * @param jsonName the JSON name ({@code @JsonProperty} or the Java name)
 * @param getter the accessor or getter
 * @param setter the setter, or null
 * @param type its Java type
 * @param ignored whether it is {@code @JsonIgnore}d
 * @param cursor the {@code @CursorField} annotation and the element carrying it, or null
 * @param secret whether it is {@code @Secret}
 * @param requiredFlag whether it is {@code @JsonProperty(required = true)}
 */
record ScannedProperty(
        Element element,
        String javaName,
        String jsonName,
        String getter,
        String setter,
        TypeMirror type,
        boolean ignored,
        Marked cursor,
        boolean secret,
        boolean requiredFlag) {

    /** An annotation and the element it is written on. */
    record Marked(Element element, AnnotationMirror mirror) {}
}
