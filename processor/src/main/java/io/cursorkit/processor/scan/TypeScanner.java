package io.cursorkit.processor.scan;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.ChoiceModel;
import io.cursorkit.processor.model.JsonKind;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns a Java type into its {@link TypeModel}, reporting types that have no JSON form. Record and
 * JavaBean types are read by {@code PropertyScanner}. Unresolved types throw {@link Deferral}.
 * Each scan returns either a model or null with the reason in the {@link Report}, never both; one
 * instance serves one round's elements, one top-level scan at a time.
 */
public final class TypeScanner {
    private static final Map<String, JsonKind> SCALARS = Map.ofEntries(
            Map.entry("java.lang.String", JsonKind.STRING),
            Map.entry("java.lang.Character", JsonKind.CHAR),
            Map.entry("java.lang.Integer", JsonKind.INT),
            Map.entry("java.lang.Long", JsonKind.LONG),
            Map.entry("java.lang.Short", JsonKind.SHORT),
            Map.entry("java.lang.Byte", JsonKind.BYTE),
            Map.entry("java.math.BigInteger", JsonKind.BIG_INTEGER),
            Map.entry("java.lang.Float", JsonKind.FLOAT),
            Map.entry("java.lang.Double", JsonKind.DOUBLE),
            Map.entry("java.math.BigDecimal", JsonKind.BIG_DECIMAL),
            Map.entry("java.lang.Boolean", JsonKind.BOOLEAN),
            Map.entry("java.time.LocalDate", JsonKind.LOCAL_DATE),
            Map.entry("java.time.LocalDateTime", JsonKind.LOCAL_DATE_TIME),
            Map.entry("java.time.OffsetDateTime", JsonKind.OFFSET_DATE_TIME),
            Map.entry("java.time.ZonedDateTime", JsonKind.ZONED_DATE_TIME),
            Map.entry("java.time.Instant", JsonKind.INSTANT));

    private final Elements elements;
    private final Types types;
    private final PropertyScanner properties;
    private final ChoiceScanner choices;
    private final Set<String> inProgress = new LinkedHashSet<>();
    /** Whether the scan in progress is the {@code @Connector} type's, where interfaces are choices. */
    private boolean config;

    /** A scanner over javac's element and type utilities. */
    public TypeScanner(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.properties = new PropertyScanner(elements, this);
        this.choices = new ChoiceScanner(elements, properties);
    }

    /** javac's type utilities, for comparing the types scanned. */
    public Types types() {
        return types;
    }

    /**
     * The model of {@code type}, or null after reporting on {@code at} why it has none.
     *
     * @param path the property, for messages ({@code StockPrice.price})
     */
    public TypeModel scan(TypeMirror type, Element at, String path, Report report) {
        if (type.getKind() == TypeKind.ERROR) {
            throw new Deferral(type.toString());
        }
        if (type.getKind().isPrimitive()) {
            return TypeModel.scalar(primitiveKind(type.getKind()), TypeName.get(type));
        }
        if (type instanceof ArrayType array) {
            TypeModel element = scan(array.getComponentType(), at, path + "[]", report);
            return element == null ? null : TypeModel.array(ArrayTypeName.get(array), element, true, null);
        }
        if (!(type instanceof DeclaredType declared)) {
            report.error(at, Message.TYPE_UNSUPPORTED, path, type);
            return null;
        }
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        JsonKind scalar = SCALARS.get(name);
        if (scalar != null) {
            return TypeModel.scalar(scalar, ClassName.get(element));
        }
        if (element.getKind() == ElementKind.ENUM) {
            if (!isAccessible(element)) {
                report.error(at, Message.TYPE_NOT_ACCESSIBLE, path, element.getSimpleName());
                return null;
            }
            List<String> constants = new ArrayList<>();
            for (Element member : element.getEnclosedElements()) {
                if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(member.getSimpleName().toString());
                }
            }
            return TypeModel.enumType(ClassName.get(element), constants);
        }
        if (isSubtype(type, "java.util.Collection")) {
            return collection(declared, at, path, report);
        }
        if (isSubtype(type, "java.util.Map")) {
            return map(declared, at, path, report);
        }
        if (!element.getTypeParameters().isEmpty() || name.startsWith("java.") || name.startsWith("javax.")) {
            report.error(at, Message.TYPE_UNSUPPORTED, path, type);
            return null;
        }
        if (!isAccessible(element)) {
            report.error(at, Message.TYPE_NOT_ACCESSIBLE, path, element.getSimpleName());
            return null;
        }
        if (!inProgress.add(name)) {
            report.error(at, Message.TYPE_RECURSIVE, path, element.getSimpleName());
            return null;
        }
        try {
            if (config && element.getKind() == ElementKind.INTERFACE) {
                ChoiceModel choice = choices.scan(element, at, path, report);
                return choice == null ? null : TypeModel.choice(ClassName.get(element), choice);
            }
            ObjectModel object = properties.scan(element, report, false);
            if (object == null) {
                return null;
            }
            if (object.visible().isEmpty()) {
                report.error(at, Message.RECORD_NO_PROPERTIES, element.getQualifiedName());
                return null;
            }
            return TypeModel.object(ClassName.get(element), object);
        } finally {
            inProgress.remove(name);
        }
    }

    /** Whether the properties being scanned belong to the {@code @Connector} type (or types it holds). */
    boolean scanningConfig() {
        return config;
    }

    /** Reads a stream's record type: like {@link #scan}, and checks its {@code @CursorField}. */
    public ObjectModel scanRecordType(TypeElement element, Report report) {
        inProgress.add(element.getQualifiedName().toString());
        try {
            return properties.scan(element, report, true);
        } finally {
            inProgress.clear();
        }
    }

    /**
     * Reads the {@code @Connector} type's properties. There, and only there, an interface is a
     * choice between the records it permits ({@link ChoiceModel}).
     */
    public ObjectModel scanConfigType(TypeElement element, Report report) {
        inProgress.add(element.getQualifiedName().toString());
        config = true;
        try {
            return properties.scan(element, report, false);
        } finally {
            config = false;
            inProgress.clear();
        }
    }

    private TypeModel collection(DeclaredType declared, Element at, String path, Report report) {
        TypeMirror elementType = typeArgument(declared, "java.util.Collection");
        if (elementType == null) {
            report.error(at, Message.TYPE_UNSUPPORTED, path, declared);
            return null;
        }
        TypeModel element = scan(elementType, at, path + "[]", report);
        if (element == null) {
            return null;
        }
        TypeName collection = ClassName.get((TypeElement) declared.asElement());
        return TypeModel.array(TypeName.get(declared), element, false, collection);
    }

    private TypeModel map(DeclaredType declared, Element at, String path, Report report) {
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        if (!((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.Map")
                || arguments.size() != 2
                || !isSubtype(bound(arguments.get(0)), "java.lang.String")) {
            report.error(at, Message.TYPE_UNSUPPORTED, path, declared);
            return null;
        }
        TypeModel value = scan(bound(arguments.get(1)), at, path + "{}", report);
        if (value == null) {
            return null;
        }
        return TypeModel.map(TypeName.get(declared), value);
    }

    /** The type argument that {@code type} gives the one-parameter {@code supertype}, or null. */
    public TypeMirror typeArgument(TypeMirror type, String supertype) {
        if (!(type instanceof DeclaredType declared)) {
            return null;
        }
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getQualifiedName().contentEquals(supertype)) {
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            return arguments.size() == 1 ? bound(arguments.get(0)) : null;
        }
        for (TypeMirror direct : types.directSupertypes(type)) {
            TypeMirror found = typeArgument(direct, supertype);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    boolean isSubtype(TypeMirror type, String supertype) {
        TypeElement element = elements.getTypeElement(supertype);
        return element != null && types.isSubtype(types.erasure(type), types.erasure(element.asType()));
    }

    boolean isComparable(TypeMirror type) {
        TypeMirror boxed = type.getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType()
                : type;
        return isSubtype(boxed, "java.lang.Comparable");
    }

    private TypeMirror bound(TypeMirror type) {
        if (type instanceof WildcardType wildcard) {
            TypeMirror extendsBound = wildcard.getExtendsBound();
            return extendsBound != null
                    ? extendsBound
                    : elements.getTypeElement("java.lang.Object").asType();
        }
        return type;
    }

    /** Generated code, in the type's package, can name it: neither it nor an enclosing type is private. */
    public static boolean isAccessible(TypeElement element) {
        Element current = element;
        while (current instanceof TypeElement type) {
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
            current = type.getEnclosingElement();
        }
        return true;
    }

    private static JsonKind primitiveKind(TypeKind kind) {
        return switch (kind) {
            case BOOLEAN -> JsonKind.BOOLEAN;
            case BYTE -> JsonKind.BYTE;
            case SHORT -> JsonKind.SHORT;
            case INT -> JsonKind.INT;
            case LONG -> JsonKind.LONG;
            case CHAR -> JsonKind.CHAR;
            case FLOAT -> JsonKind.FLOAT;
            case DOUBLE -> JsonKind.DOUBLE;
            default -> throw new IllegalArgumentException(kind.toString());
        };
    }
}
