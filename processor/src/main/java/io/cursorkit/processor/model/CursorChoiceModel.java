package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A cursor the user chooses: the sealed interface a stream's {@code read} takes in place of {@code
 * since}, and its options, each a record standing for one property of the record type. Validated:
 * at least one option, each for a distinct scalar property, holding one component of that
 * property's boxed type.
 *
 * @param type the sealed interface
 * @param options the options, the default first
 */
public record CursorChoiceModel(TypeName type, List<Option> options) {
    public CursorChoiceModel {
        options = List.copyOf(options);
    }

    /**
     * One option.
     *
     * @param record the option's record class, built as {@code new Record(since)}
     * @param property the record type's property it stands for
     */
    public record Option(ClassName record, PropertyModel property) {
        /** The cursor type {@code C} of this option: the property's type, boxed. */
        public TypeName cursorType() {
            return property.type().type().box();
        }
    }

    /** The default option: the first. */
    public Option defaultOption() {
        return options.get(0);
    }

    /** The options but the default. */
    public List<Option> others() {
        return options.subList(1, options.size());
    }
}
