package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A sealed interface in the configuration, read as a choice between its permitted records: a
 * {@code oneOf} in the spec, told apart by a constant discriminator property.
 *
 * @param type the sealed interface
 * @param discriminator the JSON name of the discriminator property ({@code @JsonTypeInfo}'s
 *     {@code property}, else {@code type})
 * @param options the permitted types, in {@code permits} order; their values are unique and no
 *     option has a property named like the discriminator
 */
public record ChoiceModel(ClassName type, String discriminator, List<Option> options) {

    /**
     * One permitted type.
     *
     * @param value the discriminator's value ({@code @JsonTypeName}, else the simple name in snake case)
     * @param title the option's title in the spec ({@code @JsonClassDescription}, else the simple name
     *     with spaces between its words)
     * @param object the option's properties; it may have none
     */
    public record Option(String value, String title, ObjectModel object) {}

    /** The discriminator's values, in option order. */
    public List<String> values() {
        return options.stream().map(Option::value).toList();
    }
}
