package io.cursorkit.processor.validate;

import com.palantir.javapoet.ClassName;
import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.JsonKind;
import io.cursorkit.processor.model.Names;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.WindowModel;
import io.cursorkit.processor.model.WindowModel.Bound;
import io.cursorkit.processor.scan.Annotations;
import io.cursorkit.processor.scan.TypeScanner;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks a stream's {@code @CursorWindow} (API.md, "Cursor windows") and builds its {@link
 * WindowModel}: the stream has a cursor and a constructor taking the {@code @Connector} type, each
 * named property is a top-level property of that type, and each property's type fits the cursor's.
 * Every error points at the attribute at fault.
 */
final class WindowValidator {
    private static final Set<JsonKind> TEMPORAL = EnumSet.of(
            JsonKind.LOCAL_DATE,
            JsonKind.LOCAL_DATE_TIME,
            JsonKind.OFFSET_DATE_TIME,
            JsonKind.ZONED_DATE_TIME,
            JsonKind.INSTANT);
    private static final Set<JsonKind> INTEGRAL =
            EnumSet.of(JsonKind.INT, JsonKind.LONG, JsonKind.SHORT, JsonKind.BYTE, JsonKind.BIG_INTEGER);
    private static final Set<JsonKind> DECIMAL = EnumSet.of(JsonKind.FLOAT, JsonKind.DOUBLE, JsonKind.BIG_DECIMAL);

    private final Elements elements;
    private final TypeScanner types;

    WindowValidator(Elements elements, TypeScanner types) {
        this.elements = elements;
        this.types = types;
    }

    /** The window, or null when the stream has none or it breaks a rule (then reported). */
    WindowModel validate(
            TypeElement stream,
            TypeElement recordType,
            PropertyModel cursor,
            Optional<ClassName> config,
            Report report) {
        Optional<AnnotationMirror> found = Annotations.find(stream, Annotations.CURSOR_WINDOW);
        if (found.isEmpty()) {
            return null;
        }
        AnnotationMirror mirror = found.get();
        if (cursor == null) {
            report.error(
                    stream,
                    mirror,
                    null,
                    Message.WINDOW_WITHOUT_CURSOR,
                    stream.getSimpleName(),
                    recordType.getSimpleName());
            return null;
        }
        JsonKind kind = cursor.type().kind();
        String margin = Annotations.string(elements, mirror, "futureMargin");
        if (!margin.isEmpty()) {
            String problem = marginProblem(margin, kind);
            if (problem != null) {
                report.error(
                        stream,
                        mirror,
                        Annotations.explicitValue(mirror, "futureMargin"),
                        Message.WINDOW_FUTURE_MARGIN,
                        margin,
                        problem);
            }
        }
        boolean readsConfig = !Annotations.string(elements, mirror, "start").isEmpty()
                || !Annotations.string(elements, mirror, "end").isEmpty()
                || !Annotations.string(elements, mirror, "lookback").isEmpty();
        ObjectModel configModel = null;
        if (readsConfig) {
            if (config.isEmpty()) {
                String simple = stream.getSimpleName().toString();
                report.error(stream, mirror, null, Message.WINDOW_NEEDS_CONFIG, simple, simple, simple);
                return null;
            }
            TypeElement configType = elements.getTypeElement(config.get().canonicalName());
            // the connector's own validation reports what is wrong with the config type itself
            configModel = configType == null ? null : types.scanConfigType(configType, new Report());
            if (configModel == null) {
                return null;
            }
        }
        Bound start = bound(stream, mirror, "start", cursor, configModel, report);
        Bound end = bound(stream, mirror, "end", cursor, configModel, report);
        PropertyModel lookback = lookback(stream, mirror, cursor, configModel, report);
        if (!report.isClean()) {
            return null;
        }
        return new WindowModel(start, end, lookback, margin.isEmpty() ? null : margin);
    }

    private Bound bound(
            TypeElement stream,
            AnnotationMirror mirror,
            String attribute,
            PropertyModel cursor,
            ObjectModel config,
            Report report) {
        PropertyModel property = property(stream, mirror, attribute, config, report);
        if (property == null) {
            return null;
        }
        JsonKind cursorKind = cursor.type().kind();
        JsonKind kind = property.type().kind();
        if (kind == cursorKind && property.type().choice() == null) {
            return new Bound(property, false);
        }
        if (kind == JsonKind.LOCAL_DATE && TEMPORAL.contains(cursorKind)) {
            return new Bound(property, true);
        }
        String expected = TEMPORAL.contains(cursorKind) && cursorKind != JsonKind.LOCAL_DATE
                ? "a " + simple(cursor) + " (the cursor's type) or a LocalDate (the start of that day in UTC)"
                : "a " + simple(cursor) + ", the cursor's type";
        typeError(stream, mirror, attribute, property, cursor, expected, report);
        return null;
    }

    private PropertyModel lookback(
            TypeElement stream, AnnotationMirror mirror, PropertyModel cursor, ObjectModel config, Report report) {
        PropertyModel property = property(stream, mirror, "lookback", config, report);
        if (property == null) {
            return null;
        }
        JsonKind cursorKind = cursor.type().kind();
        JsonKind kind = property.type().kind();
        String expected;
        if (TEMPORAL.contains(cursorKind)) {
            if (INTEGRAL.contains(kind) || kind == JsonKind.STRING) {
                return property;
            }
            expected = "a whole number of days (int, long) or an ISO-8601 duration String such as \"P3D\"";
        } else if (INTEGRAL.contains(cursorKind)) {
            if (INTEGRAL.contains(kind)) {
                return property;
            }
            expected = "a whole number (int, long, BigInteger) to subtract from the cursor";
        } else if (DECIMAL.contains(cursorKind)) {
            if (INTEGRAL.contains(kind) || DECIMAL.contains(kind)) {
                return property;
            }
            expected = "a number to subtract from the cursor";
        } else {
            expected = "absent: a " + simple(cursor) + " cursor has no distance to go back by";
        }
        typeError(stream, mirror, "lookback", property, cursor, expected, report);
        return null;
    }

    /** The config property named by {@code attribute}, or null when empty or unknown (reported). */
    private PropertyModel property(
            TypeElement stream, AnnotationMirror mirror, String attribute, ObjectModel config, Report report) {
        String name = Annotations.string(elements, mirror, attribute);
        if (name.isEmpty()) {
            return null;
        }
        List<PropertyModel> visible = config.visible();
        for (PropertyModel property : visible) {
            if (property.jsonName().equals(name)) {
                return property;
            }
        }
        List<String> names = visible.stream().map(PropertyModel::jsonName).toList();
        String near = Names.nearest(name, names);
        report.error(
                stream,
                mirror,
                Annotations.explicitValue(mirror, attribute),
                Message.WINDOW_PROPERTY_UNKNOWN,
                attribute,
                name,
                config.type().simpleName(),
                name,
                near == null ? "" : " Did you mean \"" + near + "\"?",
                String.join(", ", names));
        return null;
    }

    private void typeError(
            TypeElement stream,
            AnnotationMirror mirror,
            String attribute,
            PropertyModel property,
            PropertyModel cursor,
            String expected,
            Report report) {
        report.error(
                stream,
                mirror,
                Annotations.explicitValue(mirror, attribute),
                Message.WINDOW_PROPERTY_TYPE,
                attribute,
                property.jsonName(),
                property.type().type(),
                cursor.jsonName(),
                simple(cursor),
                attribute,
                expected,
                attribute);
    }

    private static String marginProblem(String margin, JsonKind cursorKind) {
        if (!TEMPORAL.contains(cursorKind)) {
            return "is on a stream whose cursor is not a date or time, so there is no sync start to compare with";
        }
        try {
            if (Duration.parse(margin).isNegative()) {
                return "is negative";
            }
        } catch (DateTimeParseException e) {
            return "is not an ISO-8601 duration";
        }
        return null;
    }

    private static String simple(PropertyModel property) {
        String name = property.type().type().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
