package io.cursorkit.processor.scan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations by name: the processor does not depend on the runtime or on Jackson's
 * annotations, so it finds them as mirrors.
 */
final class Annotations {
    static final String PACKAGE = "io.cursorkit.annotations.";
    static final String STREAM = PACKAGE + "Stream";
    static final String CONNECTOR = PACKAGE + "Connector";
    static final String CURSOR_FIELD = PACKAGE + "CursorField";
    static final String SLICES = PACKAGE + "Slices";
    static final String CHECKPOINT_INTERVAL = PACKAGE + "CheckpointInterval";
    static final String SECRET = PACKAGE + "Secret";
    static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
    static final String JSON_PROPERTY_DESCRIPTION = "com.fasterxml.jackson.annotation.JsonPropertyDescription";

    private Annotations() {}

    static Optional<AnnotationMirror> find(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotation)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    static boolean has(Element element, String annotation) {
        return find(element, annotation).isPresent();
    }

    /** The value of {@code name}, or its default. */
    static AnnotationValue value(Elements elements, AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        throw new IllegalArgumentException("no attribute " + name + " in " + mirror);
    }

    /** The value of {@code name} only when written explicitly, for pointing diagnostics at it. */
    static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    static String string(Elements elements, AnnotationMirror mirror, String name) {
        return (String) value(elements, mirror, name).getValue();
    }

    static boolean bool(Elements elements, AnnotationMirror mirror, String name) {
        return (Boolean) value(elements, mirror, name).getValue();
    }

    static int integer(Elements elements, AnnotationMirror mirror, String name) {
        return (Integer) value(elements, mirror, name).getValue();
    }

    /** The elements of an array attribute, each as its own value (for diagnostics on one of them). */
    static List<? extends AnnotationValue> array(Elements elements, AnnotationMirror mirror, String name) {
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> values =
                (List<? extends AnnotationValue>) value(elements, mirror, name).getValue();
        return values;
    }
}
