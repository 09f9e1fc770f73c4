package io.cursorkit.processor.reading;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Finds which container type ({@code Iterable}, {@code Stream}, ...) a return type is, and its element. */
final class Containers {
    static final String ITERABLE = "java.lang.Iterable";
    static final String ITERATOR = "java.util.Iterator";
    static final String STREAM = "java.util.stream.Stream";
    static final String LIST = "java.util.List";

    private Containers() {}

    /**
     * The container and its element type.
     *
     * @param name the container's qualified name
     * @param exact whether the type is the container itself, not a subtype
     * @param element its type argument, or null when raw
     */
    record Found(String name, boolean exact, TypeMirror element) {}

    /** The first of {@code names} that {@code type} is or extends, searching supertypes. */
    static Found find(Types types, TypeMirror type, List<String> names) {
        return find(types, type, names, true);
    }

    private static Found find(Types types, TypeMirror type, List<String> names, boolean exact) {
        if (type.getKind() == TypeKind.ERROR) {
            throw new TypeNotReadyException(type.toString());
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (names.contains(name)) {
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            return new Found(name, exact, arguments.isEmpty() ? null : arguments.get(0));
        }
        for (String candidate : names) {
            for (TypeMirror supertype : types.directSupertypes(type)) {
                Found found = find(types, supertype, List.of(candidate), false);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
