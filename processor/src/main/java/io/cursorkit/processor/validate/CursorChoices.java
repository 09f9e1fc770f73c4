package io.cursorkit.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.CursorChoiceModel;
import io.cursorkit.processor.model.CursorChoiceModel.Option;
import io.cursorkit.processor.model.Names;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.scan.Annotations;
import io.cursorkit.processor.scan.Deferral;
import io.cursorkit.processor.scan.TypeScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Finds and checks a cursor the user chooses: {@code read}'s last parameter is a sealed interface
 * whose options carry {@code @CursorOption} (API.md, "A cursor the user chooses"). Every option is
 * a record standing for a distinct property of the record type that can be a cursor, holding one
 * component of that property's boxed type; a {@code @CursorField} of the record type must be the
 * default option's property. Each error is reported on the option (and its annotation value).
 */
final class CursorChoices {
    /** A valid choice, and the interface as {@code read}'s since type. */
    record Found(CursorChoiceModel model, TypeMirror type) {}

    private final Elements elements;

    CursorChoices(Elements elements) {
        this.elements = elements;
    }

    /**
     * The choice {@code read} takes, or null when it takes none or the choice is wrong (then
     * reported).
     *
     * @param cursorField the record type's {@code @CursorField} property, or null
     */
    Found find(ExecutableElement read, ObjectModel record, PropertyModel cursorField, Report report) {
        List<? extends VariableElement> parameters = read.getParameters();
        if (parameters.isEmpty()) {
            return null;
        }
        VariableElement parameter = parameters.get(parameters.size() - 1);
        TypeMirror type = parameter.asType();
        if (type.getKind() == TypeKind.ERROR) {
            throw new Deferral(type.toString());
        }
        if (!(type instanceof DeclaredType declared)
                || !(declared.asElement() instanceof TypeElement choice)
                || choice.getKind() != ElementKind.INTERFACE
                || !choice.getModifiers().contains(Modifier.SEALED)
                || !hasOption(choice)) {
            return null;
        }
        List<Option> options = new ArrayList<>();
        for (TypeMirror permitted : choice.getPermittedSubclasses()) {
            Option option = option((TypeElement) ((DeclaredType) permitted).asElement(), choice, record, report);
            if (option == null) {
                continue;
            }
            for (Option other : options) {
                if (other.property().equals(option.property())) {
                    report.error(
                            elements.getTypeElement(option.record().canonicalName()),
                            Message.CURSOR_OPTION_DUPLICATE,
                            other.record().simpleName(),
                            option.record().simpleName(),
                            choice.getSimpleName(),
                            option.property().jsonName());
                }
            }
            options.add(option);
        }
        if (!report.isClean()) {
            return null;
        }
        PropertyModel first = options.get(0).property();
        if (cursorField != null && !cursorField.equals(first)) {
            report.error(
                    parameter,
                    Message.CURSOR_CHOICE_CURSOR_FIELD,
                    record.type().simpleName(),
                    cursorField.javaName(),
                    choice.getSimpleName(),
                    first.jsonName());
            return null;
        }
        return new Found(new CursorChoiceModel(TypeName.get(type), options), type);
    }

    /**
     * Reports a cursor choice declared in {@code stream} that {@code read} does not take (it takes
     * {@code found}, or none): its options would be silently ignored.
     */
    void checkUnused(TypeElement stream, Found found, Report report) {
        for (Element member : stream.getEnclosedElements()) {
            if (member instanceof TypeElement type
                    && type.getKind() == ElementKind.INTERFACE
                    && type.getModifiers().contains(Modifier.SEALED)
                    && (found == null
                            || !((DeclaredType) found.type()).asElement().equals(type))
                    && hasOption(type)) {
                report.error(type, Message.CURSOR_CHOICE_UNUSED, type.getSimpleName(), type.getSimpleName());
            }
        }
    }

    /** Whether a permitted subclass of {@code choice} carries {@code @CursorOption}. */
    private static boolean hasOption(TypeElement choice) {
        for (TypeMirror permitted : choice.getPermittedSubclasses()) {
            if (permitted.getKind() == TypeKind.ERROR) {
                throw new Deferral(permitted.toString());
            }
            if (Annotations.has(((DeclaredType) permitted).asElement(), Annotations.CURSOR_OPTION)) {
                return true;
            }
        }
        return false;
    }

    /** One option, or null (reported). */
    private Option option(TypeElement option, TypeElement choice, ObjectModel record, Report report) {
        String name = option.getSimpleName().toString();
        String what = option.getKind() != ElementKind.RECORD
                ? StreamValidator.kindName(option.getKind())
                : !TypeScanner.isAccessible(option)
                        ? "private"
                        : !option.getTypeParameters().isEmpty() ? "generic" : null;
        if (what != null) {
            report.error(
                    option,
                    Message.CURSOR_OPTION_NOT_RECORD,
                    name,
                    choice.getSimpleName(),
                    what,
                    name,
                    choice.getSimpleName());
            return null;
        }
        Optional<AnnotationMirror> mirror = Annotations.find(option, Annotations.CURSOR_OPTION);
        if (mirror.isEmpty()) {
            report.error(
                    option,
                    Message.CURSOR_OPTION_MISSING,
                    name,
                    choice.getSimpleName(),
                    record.type().simpleName(),
                    choice.getSimpleName());
            return null;
        }
        String field = Annotations.string(elements, mirror.get(), "value");
        List<String> candidates = record.visible().stream()
                .filter(p -> p.type().kind().isScalar())
                .map(PropertyModel::jsonName)
                .toList();
        Optional<PropertyModel> property = record.visible().stream()
                .filter(p -> p.jsonName().equals(field))
                .findFirst();
        if (property.isEmpty()) {
            List<String> names =
                    record.visible().stream().map(PropertyModel::jsonName).toList();
            String near = Names.nearest(field, names);
            report.error(
                    option,
                    mirror.get(),
                    Annotations.value(elements, mirror.get(), "value"),
                    Message.CURSOR_OPTION_UNKNOWN,
                    field,
                    record.type().simpleName(),
                    near == null ? "" : " Did you mean \"" + near + "\"?",
                    String.join(", ", candidates));
            return null;
        }
        if (!property.get().type().kind().isScalar()) {
            report.error(
                    option,
                    mirror.get(),
                    Annotations.value(elements, mirror.get(), "value"),
                    Message.CURSOR_OPTION_TYPE,
                    field,
                    simple(property.get().type().type()),
                    String.join(", ", candidates));
            return null;
        }
        Option model = new Option(ClassName.get(option), property.get());
        List<? extends RecordComponentElement> components = option.getRecordComponents();
        if (components.size() != 1 || !TypeName.get(components.get(0).asType()).equals(model.cursorType())) {
            String found = components.stream()
                    .map(c -> simple(TypeName.get(c.asType())) + " " + c.getSimpleName())
                    .collect(Collectors.joining(", "));
            report.error(
                    option,
                    Message.CURSOR_OPTION_COMPONENT,
                    name,
                    field,
                    simple(property.get().type().type()),
                    simple(model.cursorType()),
                    found);
            return null;
        }
        return model;
    }

    private static String simple(TypeName type) {
        return type.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    }
}
