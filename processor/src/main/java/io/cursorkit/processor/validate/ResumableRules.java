package io.cursorkit.processor.validate;

import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.scan.Annotations;
import io.cursorkit.processor.scan.Deferral;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The rules of {@code @ResumableFullRefresh} (API.md, section 3): no {@code @CursorField}, no
 * {@code @StreamState}, no {@code @Slices}, a {@code @CheckpointInterval}, a primary key of exactly one property, and a
 * {@code read} that takes nothing or {@code (K after)} with {@code K} the key's boxed type. Each
 * error is reported on the element at fault: the annotation, the method, or the parameter.
 */
final class ResumableRules {
    private final Elements elements;
    private final Types types;

    ResumableRules(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** What {@code read} takes, as {@link StreamMethods#readParameters}: {takesSlice, takesAfter}. */
    boolean[] check(
            TypeElement stream,
            AnnotationMirror streamAnnotation,
            TypeElement recordType,
            ObjectModel record,
            PropertyModel cursor,
            ExecutableElement slices,
            ExecutableElement ownedState,
            ExecutableElement read,
            Report report) {
        AnnotationMirror mirror =
                Annotations.find(stream, Annotations.RESUMABLE_FULL_REFRESH).orElseThrow();
        if (cursor != null) {
            report.error(
                    stream,
                    mirror,
                    null,
                    Message.RESUMABLE_WITH_CURSOR,
                    stream.getSimpleName(),
                    recordType.getSimpleName(),
                    cursor.javaName());
            return null;
        }
        if (ownedState != null) {
            report.error(
                    ownedState,
                    Message.RESUMABLE_WITH_STREAM_STATE,
                    stream.getSimpleName(),
                    ownedState.getSimpleName());
            return null;
        }
        if (slices != null) {
            report.error(
                    slices, Message.RESUMABLE_WITH_SLICES, stream.getSimpleName(), "Slices", slices.getSimpleName());
            return null;
        }
        if (!Annotations.has(stream, Annotations.CHECKPOINT_INTERVAL)) {
            report.error(stream, mirror, null, Message.RESUMABLE_WITHOUT_INTERVAL, stream.getSimpleName());
            return null;
        }
        List<? extends AnnotationValue> key = Annotations.array(elements, streamAnnotation, "primaryKey");
        if (key.isEmpty()) {
            report.error(stream, mirror, null, Message.RESUMABLE_WITHOUT_KEY, stream.getSimpleName());
            return null;
        }
        if (key.size() > 1) {
            report.error(
                    stream,
                    streamAnnotation,
                    Annotations.explicitValue(streamAnnotation, "primaryKey"),
                    Message.RESUMABLE_COMPOSITE_KEY,
                    stream.getSimpleName(),
                    key.size(),
                    String.join(
                            ", ", key.stream().map(v -> (String) v.getValue()).toList()));
            return null;
        }
        String name = (String) key.get(0).getValue();
        Optional<PropertyModel> property = record.visible().stream()
                .filter(p -> p.jsonName().equals(name) && p.type().kind().isScalar())
                .findFirst();
        if (property.isEmpty()) {
            // an unknown or non-scalar key: the primaryKey check reports it, with the properties there are
            return new boolean[] {false, false};
        }
        return readParameters(read, name, keyMirror(recordType, property.get()), report);
    }

    private boolean[] readParameters(ExecutableElement read, String keyName, TypeMirror key, Report report) {
        List<? extends VariableElement> parameters = read.getParameters();
        for (VariableElement parameter : parameters) {
            if (parameter.asType().getKind() == TypeKind.ERROR) {
                throw new Deferral(parameter.asType().toString());
            }
        }
        if (parameters.isEmpty()) {
            return new boolean[] {false, false};
        }
        String simple = StreamMethods.simple(key);
        if (parameters.size() == 1) {
            TypeMirror type = parameters.get(0).asType();
            if (types.isSameType(type, key)) {
                return new boolean[] {false, true};
            }
            report.error(
                    parameters.get(0), Message.READ_AFTER_TYPE, StreamMethods.simple(type), keyName, simple, simple);
            return null;
        }
        String found = String.join(
                ", ",
                parameters.stream()
                        .map(p -> StreamMethods.simple(p.asType()) + " " + p.getSimpleName())
                        .toList());
        report.error(read, Message.READ_PARAMETERS, found, "read() or read(" + simple + " after)");
        return null;
    }

    /** The boxed type of the key property's accessor, as {@code read}'s {@code after} must be. */
    private TypeMirror keyMirror(TypeElement recordType, PropertyModel key) {
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(recordType))) {
            if (method.getSimpleName().contentEquals(key.getter())
                    && method.getParameters().isEmpty()) {
                TypeMirror type = method.getReturnType();
                return type.getKind().isPrimitive()
                        ? types.boxedClass((PrimitiveType) type).asType()
                        : type;
            }
        }
        throw new IllegalStateException("no accessor " + key.getter() + " in " + recordType);
    }
}
