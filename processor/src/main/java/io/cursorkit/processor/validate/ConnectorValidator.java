package io.cursorkit.processor.validate;

import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.JsonKind;
import io.cursorkit.processor.model.Names;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.TypeModel;
import io.cursorkit.processor.scan.Annotations;
import io.cursorkit.processor.scan.TypeScanner;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks a {@code @Connector} (configuration) type against API.md's rules and builds its {@link
 * ConnectorModel}: the model only when every rule holds, otherwise null with every error found in
 * the {@link Report}. Throws {@link io.cursorkit.processor.scan.Deferral} when the type refers to
 * a type not generated yet.
 */
public final class ConnectorValidator {
    /** The highest {@code @Connector(maxConcurrency)}; the same as {@code Connector.MAX_CONCURRENCY}. */
    static final int MAX_CONCURRENCY = 64;

    private final Elements elements;
    private final TypeScanner types;

    /** A validator reading types through {@code types}. */
    public ConnectorValidator(Elements elements, TypeScanner types) {
        this.elements = elements;
        this.types = types;
    }

    /** The model, or null when {@code report} holds errors. */
    public ConnectorModel validate(Element element, Report report) {
        AnnotationMirror annotation =
                Annotations.find(element, Annotations.CONNECTOR).orElseThrow();
        String name = Annotations.string(elements, annotation, "name");
        if (!Names.isValidConnectorName(name)) {
            report.error(
                    element,
                    annotation,
                    Annotations.explicitValue(annotation, "name"),
                    Message.CONNECTOR_NAME_INVALID,
                    name);
        }
        if (!(element instanceof TypeElement type) || !isConfigShape(type)) {
            report.error(
                    element,
                    annotation,
                    null,
                    Message.CONNECTOR_NOT_CONFIG_TYPE,
                    element.getSimpleName(),
                    describe(element));
            return null;
        }
        ObjectModel config = types.scanConfigType(type, report);
        if (config == null || !report.isClean()) {
            return null;
        }
        checkConfigTypes(config, type, report);
        int maxConcurrency = Annotations.integer(elements, annotation, "maxConcurrency");
        checkConcurrency(maxConcurrency, config, type, annotation, report);
        if (!report.isClean()) {
            return null;
        }
        return new ConnectorModel(
                name,
                Annotations.string(elements, annotation, "documentationUrl"),
                config,
                hasCheck(type),
                type,
                maxConcurrency);
    }

    /**
     * {@code maxConcurrency} in range, and no config property of the runtime's name {@code
     * concurrency}: the runtime reads that property itself, so the config type cannot have it too.
     */
    private void checkConcurrency(
            int max, ObjectModel config, TypeElement type, AnnotationMirror annotation, Report report) {
        if (max < 1 || max > MAX_CONCURRENCY) {
            report.error(
                    type,
                    annotation,
                    Annotations.explicitValue(annotation, "maxConcurrency"),
                    Message.CONNECTOR_MAX_CONCURRENCY,
                    max,
                    MAX_CONCURRENCY);
            return;
        }
        if (max == 1) {
            return;
        }
        for (PropertyModel property : config.visible()) {
            if (property.jsonName().equals("concurrency")) {
                report.error(
                        propertyElement(type, property.javaName()),
                        Message.CONFIG_CONCURRENCY_CLASH,
                        property.javaName(),
                        max);
            }
        }
    }

    /** The record component or field named {@code name}, else the type itself. */
    private static Element propertyElement(TypeElement type, String name) {
        for (javax.lang.model.element.ExecutableElement constructor :
                javax.lang.model.util.ElementFilter.constructorsIn(type.getEnclosedElements())) {
            for (Element parameter : constructor.getParameters()) {
                if (parameter.getSimpleName().contentEquals(name)) {
                    return parameter;
                }
            }
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == javax.lang.model.element.ElementKind.FIELD
                    && member.getSimpleName().contentEquals(name)) {
                return member;
            }
        }
        return type;
    }

    private void checkConfigTypes(ObjectModel object, Element at, Report report) {
        for (PropertyModel property : object.visible()) {
            String path = object.type().simpleName() + "." + property.javaName();
            if (!object.isRecord() && property.setter() == null) {
                report.error(
                        at,
                        Message.CONFIG_NOT_SETTABLE,
                        property.javaName(),
                        object.type().simpleName());
            }
            checkConfigType(property.type(), path, at, report);
        }
    }

    /**
     * What a config can hold: scalars; records and JavaBeans that can be created; sealed choices of
     * those; and collections ({@code List}, {@code Set}, {@code Collection}, not Java arrays) and
     * {@code Map<String, V>} whose elements are any of these but another collection or map.
     */
    private void checkConfigType(TypeModel type, String path, Element at, Report report) {
        switch (type.kind()) {
            case ARRAY -> {
                if (type.javaArray() || !isReadableCollection(type) || !isElement(type.element())) {
                    report.error(at, Message.CONFIG_TYPE_UNSUPPORTED, path, type.type());
                } else {
                    checkConfigType(type.element(), path + "[]", at, report);
                }
            }
            case MAP -> {
                if (!isElement(type.element())) {
                    report.error(at, Message.CONFIG_TYPE_UNSUPPORTED, path, type.type());
                } else {
                    checkConfigType(type.element(), path + "{}", at, report);
                }
            }
            case OBJECT -> {
                if (type.isChoice()) {
                    type.choice().options().forEach(option -> checkConfigTypes(option.object(), at, report));
                } else if (!type.object().creatable()) {
                    report.error(at, Message.CONFIG_TYPE_UNSUPPORTED, path, type.type());
                } else {
                    checkConfigTypes(type.object(), at, report);
                }
            }
            default -> {}
        }
    }

    /** An element of a config list or map: a scalar or an object (a list of lists is not read). */
    private static boolean isElement(TypeModel element) {
        return element.kind().isScalar() || element.kind() == JsonKind.OBJECT;
    }

    private static boolean isReadableCollection(TypeModel type) {
        String name = type.collection().toString();
        return name.equals("java.util.List") || name.equals("java.util.Set") || name.equals("java.util.Collection");
    }

    private static boolean isConfigShape(TypeElement type) {
        if (!type.getModifiers().contains(Modifier.PUBLIC)) {
            return false;
        }
        if (type.getNestingKind() == NestingKind.MEMBER
                && (!type.getModifiers().contains(Modifier.STATIC)
                        || !isConfigShapeEnclosing(type.getEnclosingElement()))) {
            return false;
        }
        if (type.getKind() == ElementKind.RECORD) {
            return true;
        }
        return type.getKind() == ElementKind.CLASS
                && !type.getModifiers().contains(Modifier.ABSTRACT)
                && ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                        .anyMatch(c -> c.getModifiers().contains(Modifier.PUBLIC)
                                && c.getParameters().isEmpty());
    }

    private static boolean isConfigShapeEnclosing(Element enclosing) {
        return enclosing.getModifiers().contains(Modifier.PUBLIC);
    }

    private static String describe(Element element) {
        if (!element.getModifiers().contains(Modifier.PUBLIC)) {
            return "not public";
        }
        if (element.getKind() == ElementKind.CLASS
                && element.getEnclosingElement() instanceof TypeElement
                && !element.getModifiers().contains(Modifier.STATIC)) {
            return "an inner class (not static), which cannot be created on its own";
        }
        if (element.getKind() == ElementKind.CLASS) {
            return "a class without a public no-arg constructor";
        }
        return StreamValidator.kindName(element.getKind());
    }

    private boolean hasCheck(TypeElement type) {
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (method.getSimpleName().contentEquals("check")
                    && method.getParameters().isEmpty()
                    && method.getModifiers().contains(Modifier.PUBLIC)
                    && !method.getModifiers().contains(Modifier.STATIC)) {
                return true;
            }
        }
        return false;
    }
}
