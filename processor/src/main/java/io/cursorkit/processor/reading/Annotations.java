package io.cursorkit.processor.reading;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Finds annotations by name, so that the processor needs none of their classes. */
final class Annotations {
    static final String STREAM = "io.cursorkit.annotations.Stream";
    static final String CONNECTOR = "io.cursorkit.annotations.Connector";
    static final String CURSOR_FIELD = "io.cursorkit.annotations.CursorField";
    static final String SECRET = "io.cursorkit.annotations.Secret";
    static final String SLICES = "io.cursorkit.annotations.Slices";
    static final String CHECKPOINT_INTERVAL = "io.cursorkit.annotations.CheckpointInterval";
    static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";

    private Annotations() {}

    static Optional<AnnotationMirror> find(Element element, String annotation) {
        if (element == null) {
            return Optional.empty();
        }
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotation)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The value the annotation sets explicitly for {@code name}, if it sets one. */
    static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    static String stringValue(AnnotationMirror mirror, String name, String fallback) {
        return explicitValue(mirror, name).map(v -> (String) v.getValue()).orElse(fallback);
    }

    static boolean booleanValue(AnnotationMirror mirror, String name, boolean fallback) {
        return explicitValue(mirror, name).map(v -> (Boolean) v.getValue()).orElse(fallback);
    }
}
