package io.cursorkit.processor.scan;

import com.palantir.javapoet.ClassName;
import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.JsonKind;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the JSON properties of a record (its components) or a JavaBean (its getters), honouring
 * {@code @JsonProperty} and {@code @JsonIgnore} wherever Java lets them be written: on the
 * component, its field and accessor, or on a bean's field and getter.
 */
final class PropertyScanner {
    /** One property's Java side: where its annotations can be, and its type. */
    private record Source(String name, TypeMirror type, ExecutableElement getter, List<Element> annotated) {
        Optional<AnnotationMirror> find(String annotation) {
            for (Element element : annotated) {
                Optional<AnnotationMirror> mirror = Annotations.find(element, annotation);
                if (mirror.isPresent()) {
                    return mirror;
                }
            }
            return Optional.empty();
        }

        Element elementWith(String annotation) {
            for (Element element : annotated) {
                if (Annotations.has(element, annotation)) {
                    return element;
                }
            }
            return annotated.get(0);
        }
    }

    private final Elements elements;
    private final TypeScanner types;

    PropertyScanner(Elements elements, TypeScanner types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * The properties of {@code type}, or null when one of them has no JSON form (reported).
     *
     * @param checkCursor whether this is a stream's record type, whose {@code @CursorField} is checked
     */
    ObjectModel scan(TypeElement type, Report report, boolean checkCursor) {
        boolean isRecord = type.getKind() == ElementKind.RECORD;
        List<Source> sources = isRecord ? recordSources(type) : beanSources(type);
        List<PropertyModel> properties = new ArrayList<>();
        boolean clean = true;
        Source cursor = null;
        for (Source source : sources) {
            boolean ignored = source.find(Annotations.JSON_IGNORE)
                    .map(m -> Annotations.bool(elements, m, "value"))
                    .orElse(false);
            Optional<AnnotationMirror> cursorMirror = source.find(Annotations.CURSOR_FIELD);
            boolean isCursor = checkCursor && cursorMirror.isPresent();
            String path = type.getSimpleName() + "." + source.name();
            Element at = isCursor
                    ? source.elementWith(Annotations.CURSOR_FIELD)
                    : source.annotated().get(0);
            if (isCursor) {
                if (cursor != null) {
                    report.error(
                            at,
                            cursorMirror.get(),
                            null,
                            Message.CURSOR_DUPLICATE,
                            type.getSimpleName(),
                            cursor.name(),
                            source.name());
                    clean = false;
                    continue;
                }
                cursor = source;
                if (ignored) {
                    report.error(at, cursorMirror.get(), null, Message.CURSOR_IGNORED, path);
                    clean = false;
                    continue;
                }
                if (!checkCursorType(source.type(), at, path, report)) {
                    clean = false;
                    continue;
                }
            }
            Optional<AnnotationMirror> secret = source.find(Annotations.SECRET);
            if (secret.isPresent() && !types.scanningConfig()) {
                // Masking covers the config's values only; in a record it would promise what it cannot.
                report.error(
                        source.elementWith(Annotations.SECRET),
                        secret.get(),
                        null,
                        Message.SECRET_OUTSIDE_CONFIG,
                        path);
                clean = false;
                continue;
            }
            TypeModel model = ignored ? ignoredType(source.type()) : types.scan(source.type(), at, path, report);
            if (model == null) {
                clean = false;
                continue;
            }
            Optional<AnnotationMirror> jsonProperty = source.find(Annotations.JSON_PROPERTY);
            String jsonName = jsonProperty
                    .map(m -> Annotations.string(elements, m, "value"))
                    .filter(n -> !n.isEmpty())
                    .orElse(source.name());
            boolean required = source.type().getKind().isPrimitive()
                    || jsonProperty
                            .map(m -> Annotations.bool(elements, m, "required"))
                            .orElse(false);
            properties.add(new PropertyModel(
                    source.name(),
                    jsonName,
                    source.getter().getSimpleName().toString(),
                    isRecord ? null : setter(type, source),
                    model,
                    ignored,
                    required,
                    source.find(Annotations.SECRET).isPresent(),
                    isCursor,
                    source.find(Annotations.JSON_PROPERTY_DESCRIPTION)
                            .map(m -> Annotations.string(elements, m, "value"))
                            .filter(d -> !d.isBlank())
                            .orElse(null)));
        }
        clean &= uniqueJsonNames(type, properties, report);
        return clean ? new ObjectModel(ClassName.get(type), isRecord, isCreatable(type), properties) : null;
    }

    private static boolean isCreatable(TypeElement type) {
        if (type.getKind() == ElementKind.RECORD) {
            return true;
        }
        boolean inner = type.getEnclosingElement() instanceof TypeElement
                && !type.getModifiers().contains(Modifier.STATIC);
        return type.getKind() == ElementKind.CLASS
                && !inner
                && !type.getModifiers().contains(Modifier.ABSTRACT)
                && ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                        .anyMatch(c -> c.getModifiers().contains(Modifier.PUBLIC)
                                && c.getParameters().isEmpty());
    }

    private static boolean uniqueJsonNames(TypeElement type, List<PropertyModel> properties, Report report) {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (PropertyModel property : properties) {
            if (property.ignored()) {
                continue;
            }
            String other = seen.putIfAbsent(property.jsonName(), property.javaName());
            if (other != null) {
                report.error(
                        type,
                        Message.PROPERTY_DUPLICATE,
                        property.jsonName(),
                        type.getSimpleName(),
                        other,
                        property.javaName());
                return false;
            }
        }
        return true;
    }

    private boolean checkCursorType(TypeMirror type, Element at, String path, Report report) {
        if (type.getKind() == TypeKind.ERROR) {
            throw new Deferral(type.toString());
        }
        if (!types.isComparable(type)) {
            report.error(at, Message.CURSOR_NOT_COMPARABLE, path, type);
            return false;
        }
        TypeModel model = types.scan(type, at, path, new Report());
        if (model == null || !model.kind().isScalar()) {
            report.error(at, Message.CURSOR_NO_JSON_FORM, path, type);
            return false;
        }
        return true;
    }

    /** An ignored property still has a Java type (a record's constructor takes it); no JSON form needed. */
    private static TypeModel ignoredType(TypeMirror type) {
        return TypeModel.scalar(JsonKind.STRING, com.palantir.javapoet.TypeName.get(type));
    }

    private List<Source> recordSources(TypeElement type) {
        List<Source> sources = new ArrayList<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            // the field first: javac places diagnostics on it, but not on the component itself
            List<Element> annotated = new ArrayList<>();
            field(type, name).ifPresent(annotated::add);
            annotated.add(component);
            annotated.add(component.getAccessor());
            sources.add(new Source(name, component.asType(), component.getAccessor(), annotated));
        }
        return sources;
    }

    private List<Source> beanSources(TypeElement type) {
        List<Source> sources = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            String name = propertyName(method);
            if (name == null) {
                continue;
            }
            List<Element> annotated = new ArrayList<>();
            annotated.add(method);
            field(type, name).ifPresent(annotated::add);
            sources.add(new Source(name, method.getReturnType(), method, annotated));
        }
        return sources;
    }

    /** The bean property a public getter reads, or null when {@code method} is not a getter. */
    private static String propertyName(ExecutableElement method) {
        if (!method.getModifiers().contains(Modifier.PUBLIC)
                || method.getModifiers().contains(Modifier.STATIC)
                || !method.getParameters().isEmpty()
                || method.getReturnType().getKind() == TypeKind.VOID
                || ((TypeElement) method.getEnclosingElement())
                        .getQualifiedName()
                        .contentEquals("java.lang.Object")) {
            return null;
        }
        String name = method.getSimpleName().toString();
        String rest;
        if (name.startsWith("get") && name.length() > 3) {
            rest = name.substring(3);
        } else if (name.startsWith("is")
                && name.length() > 2
                && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
            rest = name.substring(2);
        } else {
            return null;
        }
        if (!Character.isUpperCase(rest.charAt(0))) {
            return null;
        }
        if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
            return rest;
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private String setter(TypeElement type, Source source) {
        String name = "set" + Character.toUpperCase(source.name().charAt(0))
                + source.name().substring(1);
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (method.getSimpleName().contentEquals(name)
                    && method.getModifiers().contains(Modifier.PUBLIC)
                    && !method.getModifiers().contains(Modifier.STATIC)
                    && method.getParameters().size() == 1
                    && types.types().isSameType(method.getParameters().get(0).asType(), source.type())) {
                return name;
            }
        }
        return null;
    }

    private static Optional<VariableElement> field(TypeElement type, String name) {
        return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .filter(f -> f.getSimpleName().contentEquals(name)
                        && !f.getModifiers().contains(Modifier.STATIC))
                .findFirst();
    }
}
