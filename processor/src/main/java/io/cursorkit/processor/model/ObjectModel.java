package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A record or JavaBean type and its properties, in declaration order: the order of its JSON and of
 * a record's constructor arguments. The JSON names of its visible properties are unique.
 *
 * @param type the class
 * @param isRecord whether it is a Java record (built through its canonical constructor)
 * @param creatable whether generated code can create one: a record, or a class with a public
 *     no-arg constructor that is not an inner class
 * @param properties every property, including {@code @JsonIgnore}d ones
 */
public record ObjectModel(ClassName type, boolean isRecord, boolean creatable, List<PropertyModel> properties) {

    /** The properties that appear in JSON. */
    public List<PropertyModel> visible() {
        return properties.stream().filter(p -> !p.ignored()).toList();
    }
}
