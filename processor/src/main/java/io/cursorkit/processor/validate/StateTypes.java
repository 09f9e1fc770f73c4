package io.cursorkit.processor.validate;

import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.JsonKind;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.TypeModel;
import io.cursorkit.processor.scan.Annotations;
import io.cursorkit.processor.scan.TypeScanner;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * What makes a type a state type of a stream: a record or class of the author's (not a JDK or
 * Jackson type, not generic, not private) that generated code can read from JSON and write back
 * (creatable, settable, no Java arrays or lists of lists), and its {@code @StateVersion}.
 */
final class StateTypes {
    private final Elements elements;
    private final TypeScanner types;

    StateTypes(Elements elements, TypeScanner types) {
        this.elements = elements;
        this.types = types;
    }

    /** The {@code @StateVersion} of a state type, 0 without one; below 1 is reported. */
    int version(TypeElement type, Report report) {
        Optional<AnnotationMirror> mirror = Annotations.find(type, Annotations.STATE_VERSION);
        if (mirror.isEmpty()) {
            return 0;
        }
        int version = Annotations.integer(elements, mirror.get(), "value");
        if (version < 1) {
            report.error(
                    type,
                    mirror.get(),
                    Annotations.value(elements, mirror.get(), "value"),
                    Message.STATE_VERSION_INVALID,
                    version,
                    type.getSimpleName());
        }
        return version;
    }

    /** The type's model when generated code can read it from JSON (and write it): else null. */
    TypeModel readable(TypeMirror type, ExecutableElement at, Report report) {
        TypeModel model = types.scan(type, at, StreamMethods.simple(type), report);
        return model != null && model.kind() == JsonKind.OBJECT && readable(model) ? model : null;
    }

    /** What the generated reader can read: no Java arrays, lists or maps of lists, or objects it cannot create. */
    private static boolean readable(TypeModel type) {
        return switch (type.kind()) {
            case ARRAY -> !type.javaArray()
                    && List.of("java.util.List", "java.util.Set", "java.util.Collection")
                            .contains(type.collection().toString())
                    && element(type.element());
            case MAP -> element(type.element());
            case OBJECT -> !type.isChoice() && readable(type.object());
            default -> true;
        };
    }

    private static boolean element(TypeModel element) {
        return (element.kind().isScalar() || element.kind() == JsonKind.OBJECT) && readable(element);
    }

    private static boolean readable(ObjectModel object) {
        if (!object.creatable()) {
            return false;
        }
        for (PropertyModel property : object.visible()) {
            if ((!object.isRecord() && property.setter() == null) || !readable(property.type())) {
                return false;
            }
        }
        return true;
    }

    /** A record or class of the author's that {@code type} names, or null. */
    static TypeElement stateElement(TypeMirror type) {
        if (!(type instanceof DeclaredType declared)) {
            return null;
        }
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        boolean shape = element.getKind() == ElementKind.RECORD || element.getKind() == ElementKind.CLASS;
        return shape
                        && element.getTypeParameters().isEmpty()
                        && TypeScanner.isAccessible(element)
                        && !name.startsWith("java.")
                        && !name.startsWith("javax.")
                        && !name.startsWith("com.fasterxml.")
                ? element
                : null;
    }
}
