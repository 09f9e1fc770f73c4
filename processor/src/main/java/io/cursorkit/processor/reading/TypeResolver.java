package io.cursorkit.processor.reading;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.cursorkit.processor.model.JsonType;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.ScalarKind;
import io.cursorkit.processor.validation.Message;
import io.cursorkit.processor.validation.ValidationReport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Maps Java types to the {@link JsonType} model, reporting types that have no JSON form. Records
 * and beans become objects with their properties, read by {@link PropertyScanner}.
 */
final class TypeResolver {
    /** What the type is used for, which decides what is allowed. */
    enum Use {
        /** A property of a record type: written only. */
        RECORD,
        /** A property of the config type: read, so beans need setters. */
        CONFIG,
        /** A slice: anything goes, types without a JSON form are written with toString(). */
        SLICE
    }

    private static final Map<String, ScalarKind> SCALARS = Map.ofEntries(
            Map.entry("java.lang.String", ScalarKind.STRING),
            Map.entry("java.lang.Character", ScalarKind.CHAR),
            Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
            Map.entry("java.lang.Byte", ScalarKind.BYTE),
            Map.entry("java.lang.Short", ScalarKind.SHORT),
            Map.entry("java.lang.Integer", ScalarKind.INT),
            Map.entry("java.lang.Long", ScalarKind.LONG),
            Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
            Map.entry("java.lang.Float", ScalarKind.FLOAT),
            Map.entry("java.lang.Double", ScalarKind.DOUBLE),
            Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL),
            Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
            Map.entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME),
            Map.entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME),
            Map.entry("java.time.ZonedDateTime", ScalarKind.ZONED_DATE_TIME),
            Map.entry("java.time.Instant", ScalarKind.INSTANT));

    private final PropertyScanner scanner;
    private final ValidationReport.Builder report;
    private final Deque<String> resolving = new ArrayDeque<>();

    TypeResolver(PropertyScanner scanner, ValidationReport.Builder report) {
        this.scanner = scanner;
        this.report = report;
    }

    /**
     * The JSON type of {@code type}, or null after reporting why it has none.
     *
     * @param at where an error goes
     * @param property the property's name, for messages
     */
    JsonType resolve(TypeMirror type, Use use, Element at, String property) {
        TypeName javaType = TypeName.get(type);
        switch (type.getKind()) {
            case ERROR:
                throw new TypeNotReadyException(type.toString());
            case BOOLEAN:
                return new JsonType.Scalar(ScalarKind.BOOLEAN, javaType);
            case BYTE:
                return new JsonType.Scalar(ScalarKind.BYTE, javaType);
            case SHORT:
                return new JsonType.Scalar(ScalarKind.SHORT, javaType);
            case INT:
                return new JsonType.Scalar(ScalarKind.INT, javaType);
            case LONG:
                return new JsonType.Scalar(ScalarKind.LONG, javaType);
            case CHAR:
                return new JsonType.Scalar(ScalarKind.CHAR, javaType);
            case FLOAT:
                return new JsonType.Scalar(ScalarKind.FLOAT, javaType);
            case DOUBLE:
                return new JsonType.Scalar(ScalarKind.DOUBLE, javaType);
            case ARRAY:
                return array((ArrayType) type, use, at, property);
            case DECLARED:
                return declared((DeclaredType) type, use, at, property);
            default:
                return unsupported(type, use, at, property);
        }
    }

    private JsonType array(ArrayType type, Use use, Element at, String property) {
        TypeMirror component = type.getComponentType();
        if (component.getKind() == TypeKind.DECLARED
                && !((DeclaredType) component).getTypeArguments().isEmpty()) {
            return unsupported(type, use, at, property);
        }
        JsonType items = resolve(component, use, at, property);
        return items == null ? null : new JsonType.ArrayType(JsonType.ArrayType.Shape.ARRAY, items, TypeName.get(type));
    }

    private JsonType declared(DeclaredType type, Use use, Element at, String property) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        TypeName javaType = TypeName.get(type);
        ScalarKind scalar = SCALARS.get(name);
        if (scalar != null) {
            return new JsonType.Scalar(scalar, javaType);
        }
        if (element.getKind() == ElementKind.ENUM) {
            if (!accessible(element)) {
                return unsupported(type, use, at, property);
            }
            List<String> constants = element.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(e -> e.getSimpleName().toString())
                    .toList();
            return new JsonType.EnumType(ClassName.get(element), constants);
        }
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        if (arguments.stream().anyMatch(a -> a.getKind() == TypeKind.WILDCARD || a.getKind() == TypeKind.TYPEVAR)) {
            return unsupported(type, use, at, property);
        }
        switch (name) {
            case "java.util.List", "java.util.Collection", "java.util.Set" -> {
                JsonType items = resolve(arguments.get(0), use, at, property);
                JsonType.ArrayType.Shape shape =
                        name.equals("java.util.Set") ? JsonType.ArrayType.Shape.SET : JsonType.ArrayType.Shape.LIST;
                return items == null ? null : new JsonType.ArrayType(shape, items, javaType);
            }
            case "java.util.Map" -> {
                TypeMirror key = arguments.get(0);
                if (key.getKind() == TypeKind.ERROR) {
                    throw new TypeNotReadyException(key.toString());
                }
                if (!(key.getKind() == TypeKind.DECLARED
                        && ((TypeElement) ((DeclaredType) key).asElement())
                                .getQualifiedName()
                                .contentEquals("java.lang.String"))) {
                    if (use == Use.SLICE) {
                        return new JsonType.Text(javaType);
                    }
                    report.error(Message.MAP_KEY_TYPE, at, property, key);
                    return null;
                }
                JsonType values = resolve(arguments.get(1), use, at, property);
                return values == null ? null : new JsonType.MapType(values, javaType);
            }
            default -> {
                return object(type, element, use, at, property);
            }
        }
    }

    private JsonType object(DeclaredType type, TypeElement element, Use use, Element at, String property) {
        String name = element.getQualifiedName().toString();
        boolean shape = element.getKind() == ElementKind.RECORD
                || (element.getKind() == ElementKind.CLASS
                        && !element.getModifiers().contains(Modifier.ABSTRACT));
        if (!shape
                || !type.getTypeArguments().isEmpty()
                || name.startsWith("java.")
                || name.startsWith("javax.")
                || !accessible(element)) {
            return unsupported(type, use, at, property);
        }
        if (resolving.contains(name)) {
            if (use == Use.SLICE) {
                return new JsonType.Text(TypeName.get(type));
            }
            report.error(Message.PROPERTY_RECURSIVE, at, property, resolving.peek(), name);
            return null;
        }
        resolving.push(name);
        try {
            Use propertyUse = use == Use.SLICE ? Use.RECORD : use;
            List<PropertyModel> properties = properties(element, scanner.scan(element), propertyUse);
            if (properties == null) {
                return null;
            }
            return new JsonType.ObjectType(ClassName.get(element), properties, element.getKind() == ElementKind.RECORD);
        } finally {
            resolving.pop();
        }
    }

    /** The models of the visible properties of {@code owner}, or null when one has no JSON form. */
    List<PropertyModel> properties(TypeElement owner, List<ScannedProperty> scanned, Use use) {
        if (use == Use.CONFIG && !constructible(owner)) {
            return null;
        }
        boolean pushed = false;
        String name = owner.getQualifiedName().toString();
        if (!name.equals(resolving.peek())) {
            resolving.push(name);
            pushed = true;
        }
        try {
            List<PropertyModel> properties = new ArrayList<>();
            Map<String, ScannedProperty> byJsonName = new HashMap<>();
            boolean clean = true;
            for (ScannedProperty p : PropertyScanner.visible(scanned).toList()) {
                ScannedProperty previous = byJsonName.putIfAbsent(p.jsonName(), p);
                if (previous != null) {
                    report.error(
                            Message.PROPERTY_DUPLICATE_NAME,
                            p.element(),
                            p.jsonName(),
                            previous.javaName(),
                            p.javaName(),
                            owner.getSimpleName());
                    clean = false;
                    continue;
                }
                if (use == Use.CONFIG && owner.getKind() != ElementKind.RECORD && p.setter() == null) {
                    String setter = "set" + Character.toUpperCase(p.javaName().charAt(0))
                            + p.javaName().substring(1);
                    report.error(
                            Message.CONNECTOR_SETTER,
                            p.element(),
                            p.javaName(),
                            owner.getSimpleName(),
                            setter,
                            TypeName.get(p.type()));
                    clean = false;
                    continue;
                }
                JsonType type = resolve(p.type(), use, p.element(), p.javaName());
                if (type == null) {
                    clean = false;
                    continue;
                }
                boolean required = p.type().getKind().isPrimitive() || p.requiredFlag();
                properties.add(new PropertyModel(
                        p.jsonName(), p.javaName(), p.getter(), p.setter(), type, p.secret(), required));
            }
            return clean ? properties : null;
        } finally {
            if (pushed) {
                resolving.pop();
            }
        }
    }

    private boolean constructible(TypeElement owner) {
        if (owner.getKind() == ElementKind.RECORD) {
            return true;
        }
        boolean noArg = ElementFilter.constructorsIn(owner.getEnclosedElements()).stream()
                .anyMatch(c -> c.getModifiers().contains(Modifier.PUBLIC)
                        && c.getParameters().isEmpty());
        if (!noArg) {
            report.error(
                    Message.CONNECTOR_TYPE_INVALID,
                    owner,
                    owner.getSimpleName(),
                    "has no public no-arg constructor, so the config cannot be created");
        }
        return noArg;
    }

    /** Whether values of this declared type are one JSON string, number or boolean. */
    static boolean isScalar(TypeElement element) {
        return SCALARS.containsKey(element.getQualifiedName().toString());
    }

    static boolean accessible(TypeElement element) {
        Element current = element;
        while (current instanceof TypeElement type) {
            if (!type.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
            if (type.getNestingKind() == NestingKind.MEMBER
                    && !type.getModifiers().contains(Modifier.STATIC)
                    && type.getKind() == ElementKind.CLASS) {
                return false;
            }
            if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
                return false;
            }
            current = type.getEnclosingElement();
        }
        return true;
    }

    private JsonType unsupported(TypeMirror type, Use use, Element at, String property) {
        if (use == Use.SLICE) {
            return new JsonType.Text(TypeName.get(type));
        }
        report.error(Message.PROPERTY_UNSUPPORTED_TYPE, at, property, type);
        return null;
    }

    /** Whether a method is a public no-arg instance method named {@code check}. */
    static boolean isCheckMethod(ExecutableElement method) {
        return method.getSimpleName().contentEquals("check")
                && method.getParameters().isEmpty()
                && method.getModifiers().contains(Modifier.PUBLIC)
                && !method.getModifiers().contains(Modifier.STATIC);
    }
}
