package io.cursorkit.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * What a validator found: errors attached to elements (and where the annotation is at fault, to its
 * mirror and value). Every error is a {@link Message} of the catalogue. Nothing reaches javac until
 * {@link #printTo}; generation runs only on a clean report.
 */
public final class Report {
    private record Entry(String text, Element element, AnnotationMirror mirror, AnnotationValue value) {}

    private final List<Entry> entries = new ArrayList<>();

    /** Creates an empty report. */
    public Report() {}

    /** Whether no error was reported. */
    public boolean isClean() {
        return entries.isEmpty();
    }

    /** Adds an error on {@code element}. */
    public Report error(Element element, Message message, Object... args) {
        return error(element, null, null, message, args);
    }

    /** Adds an error on {@code element}, pointing at {@code mirror} and {@code value} when they are not null. */
    public Report error(
            Element element, AnnotationMirror mirror, AnnotationValue value, Message message, Object... args) {
        entries.add(new Entry(message.format(args), element, mirror, value));
        return this;
    }

    /** Prints every error to javac, in the order reported. */
    public void printTo(Messager messager) {
        for (Entry entry : entries) {
            if (entry.value() != null) {
                messager.printMessage(Kind.ERROR, entry.text(), entry.element(), entry.mirror(), entry.value());
            } else if (entry.mirror() != null) {
                messager.printMessage(Kind.ERROR, entry.text(), entry.element(), entry.mirror());
            } else {
                messager.printMessage(Kind.ERROR, entry.text(), entry.element());
            }
        }
    }
}
