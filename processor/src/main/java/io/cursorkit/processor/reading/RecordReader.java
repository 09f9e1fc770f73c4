package io.cursorkit.processor.reading;

import io.cursorkit.processor.model.CursorModel;
import io.cursorkit.processor.model.JsonType;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.validation.Message;
import io.cursorkit.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a stream's record type: its properties, its cursor and the primary key. */
final class RecordReader {
    private final Elements elements;
    private final Types types;
    private final ValidationReport.Builder report;

    RecordReader(Elements elements, Types types, ValidationReport.Builder report) {
        this.elements = elements;
        this.types = types;
        this.report = report;
    }

    /**
     * The record type read.
     *
     * @param cursor the cursor, or null
     * @param cursorType the cursor's Java type, or null
     */
    record Result(
            JsonType.ObjectType type, CursorModel cursor, TypeMirror cursorType, List<PropertyModel> primaryKey) {}

    /** The record type of {@code read}, or null after reporting what is wrong with it. */
    Result read(ExecutableElement read, TypeMirror recordType, TypeElement stream, AnnotationMirror streamMirror) {
        int errorsBefore = report.errorCount();
        TypeElement element = (TypeElement) ((DeclaredType) recordType).asElement();
        String qualified = element.getQualifiedName().toString();
        boolean shape = element.getKind() == ElementKind.RECORD
                || (element.getKind() == ElementKind.CLASS
                        && !element.getModifiers().contains(Modifier.ABSTRACT));
        if (!shape
                || qualified.startsWith("java.")
                || !((DeclaredType) recordType).getTypeArguments().isEmpty()
                || !TypeResolver.accessible(element)) {
            report.error(Message.RECORD_TYPE_INVALID, read, StreamMethods.simple(recordType));
            return null;
        }
        List<ScannedProperty> scanned = new PropertyScanner(elements).scan(element);
        List<ScannedProperty> visible = PropertyScanner.visible(scanned).toList();
        if (visible.isEmpty()) {
            report.error(Message.RECORD_NO_PROPERTIES, element, element.getSimpleName());
            return null;
        }
        ScannedProperty cursor = cursor(element, scanned);
        List<PropertyModel> properties = new TypeResolver(new PropertyScanner(elements), report)
                .properties(element, scanned, TypeResolver.Use.RECORD);
        List<PropertyModel> key = primaryKey(stream, streamMirror, element, visible, properties);
        if (properties == null || report.errorCount() > errorsBefore) {
            return null;
        }
        JsonType.ObjectType type = new JsonType.ObjectType(
                com.palantir.javapoet.ClassName.get(element), properties, element.getKind() == ElementKind.RECORD);
        CursorModel cursorModel = cursor == null
                ? null
                : new CursorModel(byJavaName(properties, cursor.javaName()).orElseThrow());
        return new Result(type, cursorModel, cursor == null ? null : cursor.type(), key);
    }

    private ScannedProperty cursor(TypeElement record, List<ScannedProperty> scanned) {
        List<ScannedProperty> marked =
                scanned.stream().filter(p -> p.cursor() != null).toList();
        if (marked.isEmpty()) {
            return null;
        }
        if (marked.size() > 1) {
            String names = marked.stream().map(ScannedProperty::javaName).collect(Collectors.joining(", "));
            for (ScannedProperty extra : marked.subList(1, marked.size())) {
                report.error(
                        Message.CURSOR_DUPLICATE,
                        extra.cursor().element(),
                        extra.cursor().mirror(),
                        null,
                        record.getSimpleName(),
                        marked.size(),
                        names);
            }
            return null;
        }
        ScannedProperty cursor = marked.get(0);
        if (cursor.ignored()) {
            report.error(
                    Message.CURSOR_IGNORED,
                    cursor.cursor().element(),
                    cursor.cursor().mirror(),
                    null,
                    cursor.javaName());
            return null;
        }
        TypeMirror type = cursor.type();
        if (!hasCursorForm(type)) {
            TypeMirror comparable = types.erasure(
                    elements.getTypeElement("java.lang.Comparable").asType());
            boolean isComparable = type.getKind() == TypeKind.DECLARED && types.isAssignable(type, comparable);
            report.error(
                    isComparable ? Message.CURSOR_TYPE : Message.CURSOR_NOT_COMPARABLE,
                    cursor.cursor().element(),
                    cursor.cursor().mirror(),
                    null,
                    cursor.javaName(),
                    StreamMethods.simple(type));
            return null;
        }
        return cursor;
    }

    /** Scalars and enums: one JSON value each, and Comparable. */
    private static boolean hasCursorForm(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return true;
        }
        if (type.getKind() == TypeKind.ERROR) {
            throw new TypeNotReadyException(type.toString());
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        return element.getKind() == ElementKind.ENUM || TypeResolver.isScalar(element);
    }

    private List<PropertyModel> primaryKey(
            TypeElement stream,
            AnnotationMirror streamMirror,
            TypeElement record,
            List<ScannedProperty> visible,
            List<PropertyModel> properties) {
        Optional<AnnotationValue> value = Annotations.explicitValue(streamMirror, "primaryKey");
        if (value.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> names =
                (List<? extends AnnotationValue>) value.get().getValue();
        List<String> known = visible.stream().map(ScannedProperty::jsonName).toList();
        List<PropertyModel> key = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AnnotationValue part : names) {
            String name = (String) part.getValue();
            if (!seen.add(name)) {
                report.error(Message.PRIMARY_KEY_DUPLICATE, stream, streamMirror, part, name);
                continue;
            }
            if (!known.contains(name)) {
                String closest = NameSuggester.closest(name, known);
                String hint = closest == null ? "" : " Did you mean \"" + closest + "\"?";
                report.error(
                        Message.PRIMARY_KEY_UNKNOWN,
                        stream,
                        streamMirror,
                        part,
                        name,
                        record.getSimpleName(),
                        String.join(", ", known),
                        hint);
                continue;
            }
            ScannedProperty property = visible.stream()
                    .filter(p -> p.jsonName().equals(name))
                    .findFirst()
                    .orElseThrow();
            if (!hasCursorForm(property.type())) {
                report.error(
                        Message.PRIMARY_KEY_TYPE,
                        stream,
                        streamMirror,
                        part,
                        name,
                        StreamMethods.simple(property.type()));
                continue;
            }
            if (properties != null) {
                byJsonName(properties, name).ifPresent(key::add);
            }
        }
        return key;
    }

    private static Optional<PropertyModel> byJavaName(List<PropertyModel> properties, String name) {
        return properties.stream().filter(p -> p.javaName().equals(name)).findFirst();
    }

    private static Optional<PropertyModel> byJsonName(List<PropertyModel> properties, String name) {
        return properties.stream().filter(p -> p.jsonName().equals(name)).findFirst();
    }
}
