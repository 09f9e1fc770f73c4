package io.cursorkit.processor.model;

/**
 * One JSON property of a record, bean or config type.
 *
 * @param jsonName the property's name in JSON
 * @param javaName the component or field name, unique within its type
 * @param getter the accessor or getter method that reads it
 * @param setter the setter that writes it (config beans only), or null
 * @param type its JSON type
 * @param secret whether it is {@code @Secret}
 * @param required whether the config must hold it (primitive or {@code @JsonProperty(required = true)})
 */
public record PropertyModel(
        String jsonName,
        String javaName,
        String getter,
        String setter,
        JsonType type,
        boolean secret,
        boolean required) {}
