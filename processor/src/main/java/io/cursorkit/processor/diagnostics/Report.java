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
 * mirror and value). Generation runs only on a clean report.
 */
final class Report {
    private record Entry(String text, Element element, AnnotationMirror mirror, AnnotationValue value) {}

    private final List<Entry> entries = new ArrayList<>();

    boolean isClean() {
        return entries.isEmpty();
    }

    Report error(Element element, Message message, Object... args) {
        return error(element, null, null, message, args);
    }

    Report error(Element element, AnnotationMirror mirror, AnnotationValue value, Message message, Object... args) {
        entries.add(new Entry(message.format(args), element, mirror, value));
        return this;
    }

    void addAll(Report other) {
        entries.addAll(other.entries);
    }

    void printTo(Messager messager) {
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
