package io.cursorkit.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** The errors found while reading one annotated element; generation runs only on a clean report. */
public final class ValidationReport {
    private final List<Item> items;

    private ValidationReport(List<Item> items) {
        this.items = List.copyOf(items);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isClean() {
        return items.isEmpty();
    }

    public List<Item> items() {
        return items;
    }

    public void printMessagesTo(Messager messager) {
        for (Item item : items) {
            if (item.value() != null) {
                messager.printMessage(Diagnostic.Kind.ERROR, item.text(), item.element(), item.mirror(), item.value());
            } else if (item.mirror() != null) {
                messager.printMessage(Diagnostic.Kind.ERROR, item.text(), item.element(), item.mirror());
            } else {
                messager.printMessage(Diagnostic.Kind.ERROR, item.text(), item.element());
            }
        }
    }

    /** One error, on an element and where it helps on one of its annotations and a value of it. */
    public record Item(Message message, String text, Element element, AnnotationMirror mirror, AnnotationValue value) {}

    /** Collects errors. */
    public static final class Builder {
        private final List<Item> items = new ArrayList<>();

        private Builder() {}

        public Builder error(Message message, Element element, Object... args) {
            return error(message, element, null, null, args);
        }

        public Builder error(
                Message message, Element element, AnnotationMirror mirror, AnnotationValue value, Object... args) {
            items.add(new Item(message, message.format(args), element, mirror, value));
            return this;
        }

        public boolean isClean() {
            return items.isEmpty();
        }

        /** How many errors so far, to tell whether a step added any. */
        public int errorCount() {
            return items.size();
        }

        public ValidationReport build() {
            return new ValidationReport(items);
        }
    }
}
