package io.cursorkit.processor.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Lists the properties of a record (its components) or of a JavaBean (its non-static fields that
 * have a public getter), with the Jackson and cursorkit annotations found on the component or
 * field, its accessor, and its setter.
 */
final class PropertyScanner {
    private final Elements elements;

    PropertyScanner(Elements elements) {
        this.elements = elements;
    }

    List<ScannedProperty> scan(TypeElement type) {
        return type.getKind() == ElementKind.RECORD ? scanRecord(type) : scanBean(type);
    }

    private List<ScannedProperty> scanRecord(TypeElement type) {
        List<ScannedProperty> properties = new ArrayList<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            ExecutableElement accessor = component.getAccessor();
            VariableElement field = ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                    .filter(f -> f.getSimpleName().contentEquals(name))
                    .findFirst()
                    .orElse(null);
            properties.add(property(
                    component,
                    name,
                    accessor.getSimpleName().toString(),
                    null,
                    component.asType(),
                    List.of(component, accessor, field == null ? component : field)));
        }
        return properties;
    }

    private List<ScannedProperty> scanBean(TypeElement type) {
        List<ScannedProperty> properties = new ArrayList<>();
        List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(type));
        for (VariableElement field : fieldsOf(type)) {
            String name = field.getSimpleName().toString();
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            boolean isBoolean = field.asType().getKind() == TypeKind.BOOLEAN;
            Optional<ExecutableElement> getter = methods.stream()
                    .filter(m -> isPublicInstance(m) && m.getParameters().isEmpty())
                    .filter(m -> m.getSimpleName().contentEquals("get" + capitalized)
                            || (isBoolean && m.getSimpleName().contentEquals("is" + capitalized)))
                    .findFirst();
            if (getter.isEmpty()) {
                continue;
            }
            Optional<ExecutableElement> setter = methods.stream()
                    .filter(m -> isPublicInstance(m) && m.getParameters().size() == 1)
                    .filter(m -> m.getSimpleName().contentEquals("set" + capitalized))
                    .findFirst();
            List<Element> annotated = new ArrayList<>(List.of(field, getter.get()));
            setter.ifPresent(annotated::add);
            properties.add(property(
                    field,
                    name,
                    getter.get().getSimpleName().toString(),
                    setter.map(s -> s.getSimpleName().toString()).orElse(null),
                    field.asType(),
                    annotated));
        }
        return properties;
    }

    private List<VariableElement> fieldsOf(TypeElement type) {
        List<VariableElement> fields = new ArrayList<>();
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() == TypeKind.DECLARED) {
            TypeElement parent = (TypeElement) ((DeclaredType) superclass).asElement();
            if (!parent.getQualifiedName().contentEquals("java.lang.Object")) {
                fields.addAll(fieldsOf(parent));
            }
        }
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (!field.getModifiers().contains(Modifier.STATIC)) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static boolean isPublicInstance(ExecutableElement method) {
        return method.getModifiers().contains(Modifier.PUBLIC)
                && !method.getModifiers().contains(Modifier.STATIC);
    }

    private static ScannedProperty property(
            Element element, String name, String getter, String setter, TypeMirror type, List<Element> annotated) {
        Optional<AnnotationMirror> jsonProperty = first(annotated, Annotations.JSON_PROPERTY);
        String jsonName = jsonProperty
                .map(m -> Annotations.stringValue(m, "value", ""))
                .filter(s -> !s.isEmpty())
                .orElse(name);
        boolean required = jsonProperty
                .map(m -> Annotations.booleanValue(m, "required", false))
                .orElse(false);
        boolean ignored = first(annotated, Annotations.JSON_IGNORE)
                .map(m -> Annotations.booleanValue(m, "value", true))
                .orElse(false);
        ScannedProperty.Marked cursor = annotated.stream()
                .flatMap(e -> Annotations.find(e, Annotations.CURSOR_FIELD).stream()
                        .map(m -> new ScannedProperty.Marked(e, m)))
                .findFirst()
                .orElse(null);
        boolean secret = first(annotated, Annotations.SECRET).isPresent();
        return new ScannedProperty(element, name, jsonName, getter, setter, type, ignored, cursor, secret, required);
    }

    private static Optional<AnnotationMirror> first(List<Element> annotated, String annotation) {
        return annotated.stream()
                .flatMap(e -> Annotations.find(e, annotation).stream())
                .findFirst();
    }

    static Stream<ScannedProperty> visible(List<ScannedProperty> properties) {
        return properties.stream().filter(p -> !p.ignored());
    }
}
