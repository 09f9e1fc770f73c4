package io.cursorkit.processor.scan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations by name: the processor does not depend on the runtime or on Jackson's
 * annotations, so it finds them as mirrors. The names of the annotations it reads are here and
 * nowhere else.
 */
public final class Annotations {
    static final String PACKAGE = "io.cursorkit.annotations.";
    public static final String STREAM = PACKAGE + "Stream";
    public static final String CONNECTOR = PACKAGE + "Connector";
    static final String CURSOR_FIELD = PACKAGE + "CursorField";
    public static final String CURSOR_OPTION = PACKAGE + "CursorOption";
    public static final String SLICES = PACKAGE + "Slices";
    public static final String PARTITIONS = PACKAGE + "Partitions";
    public static final String CHECKPOINT_INTERVAL = PACKAGE + "CheckpointInterval";
    public static final String STREAM_STATE = PACKAGE + "StreamState";
    public static final String STATE_VERSION = PACKAGE + "StateVersion";
    public static final String STATE_MIGRATION = PACKAGE + "StateMigration";
    public static final String CURSOR_WINDOW = PACKAGE + "CursorWindow";
    public static final String RESUMABLE_FULL_REFRESH = PACKAGE + "ResumableFullRefresh";
    static final String SECRET = PACKAGE + "Secret";
    static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
    static final String JSON_PROPERTY_DESCRIPTION = "com.fasterxml.jackson.annotation.JsonPropertyDescription";
    static final String JSON_TYPE_INFO = "com.fasterxml.jackson.annotation.JsonTypeInfo";
    static final String JSON_TYPE_NAME = "com.fasterxml.jackson.annotation.JsonTypeName";
    static final String JSON_CLASS_DESCRIPTION = "com.fasterxml.jackson.annotation.JsonClassDescription";

    private Annotations() {}

    /** The cursorkit annotations the processor claims to support. */
    public static Set<String> supported() {
        return Set.of(
                STREAM,
                CONNECTOR,
                CURSOR_FIELD,
                CURSOR_OPTION,
                SLICES,
                PARTITIONS,
                CHECKPOINT_INTERVAL,
                SECRET,
                STREAM_STATE,
                STATE_VERSION,
                STATE_MIGRATION,
                CURSOR_WINDOW,
                RESUMABLE_FULL_REFRESH);
    }

    /** The annotation named {@code annotation} on {@code element}, if present. */
    public static Optional<AnnotationMirror> find(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotation)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** Whether the annotation named {@code annotation} is on {@code element}. */
    public static boolean has(Element element, String annotation) {
        return find(element, annotation).isPresent();
    }

    /** The value of {@code name}, or its default. */
    public static AnnotationValue value(Elements elements, AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        throw new IllegalArgumentException("no attribute " + name + " in " + mirror);
    }

    /** The value of {@code name} only when written explicitly, for pointing diagnostics at it. */
    public static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** A string attribute, or its default. */
    public static String string(Elements elements, AnnotationMirror mirror, String name) {
        return (String) value(elements, mirror, name).getValue();
    }

    /** A boolean attribute, or its default. */
    static boolean bool(Elements elements, AnnotationMirror mirror, String name) {
        return (Boolean) value(elements, mirror, name).getValue();
    }

    /** An int attribute, or its default. */
    public static int integer(Elements elements, AnnotationMirror mirror, String name) {
        return (Integer) value(elements, mirror, name).getValue();
    }

    /** The elements of an array attribute, each as its own value (for diagnostics on one of them). */
    public static List<? extends AnnotationValue> array(Elements elements, AnnotationMirror mirror, String name) {
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> values =
                (List<? extends AnnotationValue>) value(elements, mirror, name).getValue();
        return values;
    }
}
