package io.cursorkit.processor.validation;

import java.util.Optional;

/**
 * The outcome of reading an element: its model when the report is clean.
 *
 * @param <T> the model type
 */
public record Validated<T>(Optional<T> model, ValidationReport report) {

    public static <T> Validated<T> of(T model, ValidationReport report) {
        return new Validated<>(report.isClean() ? Optional.of(model) : Optional.empty(), report);
    }

    public static <T> Validated<T> failed(ValidationReport report) {
        return new Validated<>(Optional.empty(), report);
    }
}
