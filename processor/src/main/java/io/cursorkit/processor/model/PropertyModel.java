package io.cursorkit.processor.model;

/**
 * One JSON property of a record, JavaBean or config type. An ignored property has no JSON form; its
 * {@code type} is then only its Java type.
 *
 * @param javaName the component or bean property name
 * @param jsonName the JSON name ({@code @JsonProperty} or the Java name)
 * @param getter the accessor method's name
 * @param setter a JavaBean's setter name, or null (records and read-only beans)
 * @param type the property's type
 * @param ignored {@code @JsonIgnore}: not in JSON, but still a constructor argument of a record
 * @param required {@code @JsonProperty(required = true)} or a primitive
 * @param secret {@code @Secret}
 * @param cursor {@code @CursorField}
 * @param description {@code @JsonPropertyDescription}, for the schema's {@code description}, or null
 */
public record PropertyModel(
        String javaName,
        String jsonName,
        String getter,
        String setter,
        TypeModel type,
        boolean ignored,
        boolean required,
        boolean secret,
        boolean cursor,
        String description) {}
