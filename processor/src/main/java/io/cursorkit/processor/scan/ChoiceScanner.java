package io.cursorkit.processor.scan;

import com.palantir.javapoet.ClassName;
import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.ChoiceModel;
import io.cursorkit.processor.model.Names;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a sealed interface of a configuration type as a choice between its permitted records
 * (API.md, section 4): the discriminator's name from {@code @JsonTypeInfo}, each option's value
 * from {@code @JsonTypeName} and title from {@code @JsonClassDescription}, with the defaults of
 * {@link #DEFAULT_DISCRIMINATOR}, snake case and {@link Names#humanize}. Reports what cannot be a
 * choice on the element at fault.
 */
final class ChoiceScanner {
    /** The discriminator's name when the interface has no {@code @JsonTypeInfo}. */
    static final String DEFAULT_DISCRIMINATOR = "type";
    /** Jackson's name for the discriminator of {@code @JsonTypeInfo(use = NAME)} without {@code property}. */
    static final String JACKSON_DEFAULT_DISCRIMINATOR = "@type";

    private final Elements elements;
    private final PropertyScanner properties;

    ChoiceScanner(Elements elements, PropertyScanner properties) {
        this.elements = elements;
        this.properties = properties;
    }

    /** The choice of the interface {@code type}, or null after reporting why it cannot be one. */
    ChoiceModel scan(TypeElement type, Element at, String path, Report report) {
        if (!type.getModifiers().contains(Modifier.SEALED)) {
            report.error(at, Message.CONFIG_CHOICE_NOT_SEALED, path, type.getQualifiedName(), type.getSimpleName());
            return null;
        }
        String discriminator = discriminator(type, report);
        boolean clean = discriminator != null;
        List<ChoiceModel.Option> options = new ArrayList<>();
        Map<String, TypeElement> values = new HashMap<>();
        for (TypeMirror permitted : type.getPermittedSubclasses()) {
            if (permitted.getKind() == TypeKind.ERROR) {
                throw new Deferral(permitted.toString());
            }
            TypeElement option = (TypeElement) ((DeclaredType) permitted).asElement();
            ChoiceModel.Option model = option(type, option, discriminator, path, report);
            if (model == null) {
                clean = false;
                continue;
            }
            TypeElement other = values.putIfAbsent(model.value(), option);
            if (other != null) {
                Optional<AnnotationMirror> name = Annotations.find(option, Annotations.JSON_TYPE_NAME);
                report.error(
                        option,
                        name.orElse(null),
                        name.map(m -> Annotations.explicitValue(m, "value")).orElse(null),
                        Message.CONFIG_CHOICE_VALUE_DUPLICATE,
                        other.getSimpleName(),
                        option.getSimpleName(),
                        type.getSimpleName(),
                        discriminator,
                        model.value());
                clean = false;
                continue;
            }
            options.add(model);
        }
        return clean ? new ChoiceModel(ClassName.get(type), discriminator, options) : null;
    }

    /** {@code @JsonTypeInfo}'s property, Jackson's default, or ours; null when reported. */
    private String discriminator(TypeElement type, Report report) {
        Optional<AnnotationMirror> info = Annotations.find(type, Annotations.JSON_TYPE_INFO);
        if (info.isEmpty()) {
            return DEFAULT_DISCRIMINATOR;
        }
        String use = constant(info.get(), "use");
        String include = constant(info.get(), "include");
        if (!use.equals("NAME")) {
            report.error(
                    type,
                    info.get(),
                    Annotations.explicitValue(info.get(), "use"),
                    Message.CONFIG_CHOICE_TYPE_INFO,
                    type.getSimpleName(),
                    "use = " + use);
            return null;
        }
        // EXISTING_PROPERTY would want the discriminator as a property of each record, which a
        // choice leaves out; the other ways put it outside the object
        if (!include.equals("PROPERTY")) {
            report.error(
                    type,
                    info.get(),
                    Annotations.explicitValue(info.get(), "include"),
                    Message.CONFIG_CHOICE_TYPE_INFO,
                    type.getSimpleName(),
                    "include = " + include);
            return null;
        }
        String property = Annotations.string(elements, info.get(), "property");
        return property.isEmpty() ? JACKSON_DEFAULT_DISCRIMINATOR : property;
    }

    private String constant(AnnotationMirror mirror, String name) {
        Object value = Annotations.value(elements, mirror, name).getValue();
        return value instanceof VariableElement constant
                ? constant.getSimpleName().toString()
                : String.valueOf(value);
    }

    private ChoiceModel.Option option(
            TypeElement choice, TypeElement option, String discriminator, String path, Report report) {
        String problem = problem(option);
        if (problem != null) {
            report.error(option, Message.CONFIG_CHOICE_OPTION, option.getSimpleName(), choice.getSimpleName(), problem);
            return null;
        }
        if (!TypeScanner.isAccessible(option)) {
            report.error(option, Message.TYPE_NOT_ACCESSIBLE, path, option.getSimpleName());
            return null;
        }
        ObjectModel object = properties.scan(option, report, false);
        if (object == null) {
            return null;
        }
        if (!object.creatable()) {
            report.error(
                    option,
                    Message.CONFIG_CHOICE_OPTION,
                    option.getSimpleName(),
                    choice.getSimpleName(),
                    "a class without a public no-arg constructor (or abstract, or an inner class)");
            return null;
        }
        for (PropertyModel property : object.visible()) {
            if (property.jsonName().equals(discriminator)) {
                report.error(
                        propertyElement(option, property),
                        Message.CONFIG_CHOICE_DISCRIMINATOR_CLASH,
                        option.getSimpleName(),
                        choice.getSimpleName(),
                        discriminator,
                        choice.getSimpleName());
                return null;
            }
        }
        String value = Annotations.find(option, Annotations.JSON_TYPE_NAME)
                .map(m -> Annotations.string(elements, m, "value"))
                .filter(v -> !v.isEmpty())
                .orElse(Names.snakeCase(option.getSimpleName().toString()));
        String title = Annotations.find(option, Annotations.JSON_CLASS_DESCRIPTION)
                .map(m -> Annotations.string(elements, m, "value"))
                .filter(t -> !t.isBlank())
                .orElse(Names.humanize(option.getSimpleName().toString()));
        return new ChoiceModel.Option(value, title, object);
    }

    /** Why {@code option} cannot be an option, or null when it is a record or a class. */
    private static String problem(TypeElement option) {
        if (option.getKind() == ElementKind.INTERFACE) {
            return "an interface";
        }
        if (option.getKind() == ElementKind.ENUM) {
            return "an enum";
        }
        if (option.getKind() != ElementKind.RECORD && option.getKind() != ElementKind.CLASS) {
            return "neither a record nor a class";
        }
        if (!option.getTypeParameters().isEmpty()) {
            return "generic";
        }
        return null;
    }

    /** Where a property of {@code option} is written: its field (for a record component), else the type. */
    private static Element propertyElement(TypeElement option, PropertyModel property) {
        for (VariableElement field : ElementFilter.fieldsIn(option.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(property.javaName())) {
                return field;
            }
        }
        for (Element method : ElementFilter.methodsIn(option.getEnclosedElements())) {
            if (method.getSimpleName().contentEquals(property.getter())) {
                return method;
            }
        }
        return option;
    }
}
