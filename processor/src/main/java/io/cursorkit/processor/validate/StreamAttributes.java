package io.cursorkit.processor.validate;

import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.Names;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.scan.Annotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks the attribute values of a stream's annotations: {@code @Stream}'s name and primary key,
 * and {@code @CheckpointInterval}. Each error points at the value at fault where there is one.
 */
final class StreamAttributes {
    private final Elements elements;

    StreamAttributes(Elements elements) {
        this.elements = elements;
    }

    /** {@code @CheckpointInterval}, or 0 when absent; reported when not positive or without a cursor. */
    int checkpointInterval(TypeElement stream, TypeElement recordType, boolean hasCursor, Report report) {
        Optional<AnnotationMirror> mirror = Annotations.find(stream, Annotations.CHECKPOINT_INTERVAL);
        if (mirror.isEmpty()) {
            return 0;
        }
        int interval = Annotations.integer(elements, mirror.get(), "value");
        AnnotationValue value = Annotations.value(elements, mirror.get(), "value");
        if (interval < 1) {
            report.error(stream, mirror.get(), value, Message.CHECKPOINT_INTERVAL_NOT_POSITIVE, interval);
        } else if (!hasCursor) {
            report.error(
                    stream,
                    mirror.get(),
                    null,
                    Message.CHECKPOINT_INTERVAL_WITHOUT_CURSOR,
                    stream.getSimpleName(),
                    recordType.getSimpleName());
        }
        return interval;
    }

    /** The primary key properties in {@code primaryKey} order; unknown or non-scalar ones reported. */
    List<PropertyModel> primaryKey(TypeElement stream, AnnotationMirror annotation, ObjectModel record, Report report) {
        List<PropertyModel> key = new ArrayList<>();
        List<String> names =
                record.visible().stream().map(PropertyModel::jsonName).toList();
        for (AnnotationValue value : Annotations.array(elements, annotation, "primaryKey")) {
            String name = (String) value.getValue();
            Optional<PropertyModel> property = record.visible().stream()
                    .filter(p -> p.jsonName().equals(name))
                    .findFirst();
            if (property.isEmpty()) {
                String near = Names.nearest(name, names);
                report.error(
                        stream,
                        annotation,
                        value,
                        Message.PRIMARY_KEY_UNKNOWN,
                        name,
                        record.type().simpleName(),
                        near == null ? "" : " Did you mean \"" + near + "\"?",
                        String.join(", ", names));
            } else if (!property.get().type().kind().isScalar()) {
                report.error(
                        stream,
                        annotation,
                        value,
                        Message.PRIMARY_KEY_NOT_SCALAR,
                        name,
                        property.get().type().type());
            } else {
                key.add(property.get());
            }
        }
        return key;
    }

    /** The {@code name} attribute, or the class name in snake case; reported when invalid. */
    String streamName(TypeElement stream, AnnotationMirror annotation, Report report) {
        String name = Annotations.string(elements, annotation, "name");
        if (name.isEmpty()) {
            return Names.snakeCase(stream.getSimpleName().toString());
        }
        if (!Names.isValidStreamName(name)) {
            report.error(
                    stream,
                    annotation,
                    Annotations.explicitValue(annotation, "name"),
                    Message.STREAM_NAME_INVALID,
                    name);
        }
        return name;
    }
}
