package io.cursorkit.processor.validate;

import com.palantir.javapoet.TypeName;
import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.StreamModel.Shape;
import io.cursorkit.processor.scan.Annotations;
import io.cursorkit.processor.scan.Deferral;
import io.cursorkit.processor.scan.TypeScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Finds and checks the {@code read} and {@code @Slices} methods of a stream class. */
final class StreamMethods {
    /** A method's return type as a shape and its element type. */
    record Returned(Shape shape, TypeMirror element) {}

    private final TypeScanner types;

    StreamMethods(TypeScanner types) {
        this.types = types;
    }

    /** The one public read method, or null (reported). */
    ExecutableElement findRead(TypeElement stream, Report report) {
        ExecutableElement found = null;
        for (ExecutableElement method : ElementFilter.methodsIn(stream.getEnclosedElements())) {
            if (!method.getSimpleName().contentEquals("read")
                    || !method.getModifiers().contains(Modifier.PUBLIC)) {
                continue;
            }
            if (found != null) {
                report.error(method, Message.READ_DUPLICATE, stream.getSimpleName());
                return null;
            }
            found = method;
        }
        if (found == null) {
            report.error(stream, Message.READ_MISSING, stream.getSimpleName());
        }
        return found;
    }

    /** The one {@code @Slices} method, or null when there is none or it is wrong (reported). */
    ExecutableElement findSlices(TypeElement stream, Report report) {
        return findMarked(
                stream,
                Annotations.SLICES,
                Message.SLICES_DUPLICATE,
                Message.SLICES_STATIC,
                Message.SLICES_NOT_PUBLIC,
                report);
    }

    /** The one {@code @Partitions} method, or null when there is none or it is wrong (reported). */
    ExecutableElement findPartitions(TypeElement stream, Report report) {
        return findMarked(
                stream,
                Annotations.PARTITIONS,
                Message.PARTITIONS_DUPLICATE,
                Message.PARTITIONS_STATIC,
                Message.PARTITIONS_NOT_PUBLIC,
                report);
    }

    /** The one method carrying {@code annotation}: public, not static; null when none or wrong. */
    private static ExecutableElement findMarked(
            TypeElement stream,
            String annotation,
            Message duplicate,
            Message isStatic,
            Message notPublic,
            Report report) {
        ExecutableElement found = null;
        for (ExecutableElement method : ElementFilter.methodsIn(stream.getEnclosedElements())) {
            if (!Annotations.has(method, annotation)) {
                continue;
            }
            if (found != null) {
                report.error(method, duplicate, stream.getSimpleName());
                return null;
            }
            found = method;
        }
        if (found == null) {
            return null;
        }
        if (found.getModifiers().contains(Modifier.STATIC)) {
            report.error(found, isStatic, found.getSimpleName());
        } else if (!found.getModifiers().contains(Modifier.PUBLIC)) {
            report.error(found, notPublic, found.getSimpleName());
        }
        return found;
    }

    /** Checks that the partitions method takes no parameter; false when it does (reported). */
    boolean partitionsParameters(ExecutableElement method, Report report) {
        List<? extends VariableElement> parameters = method.getParameters();
        deferOnUnresolved(parameters);
        if (parameters.isEmpty()) {
            return true;
        }
        report.error(method, Message.PARTITIONS_PARAMETERS, method.getSimpleName(), describe(parameters));
        return false;
    }

    /** What the read or slices method returns, or null when it is not one of the allowed shapes. */
    Returned returned(ExecutableElement method, boolean allowIterator) {
        TypeMirror type = method.getReturnType();
        if (type.getKind() == TypeKind.ERROR) {
            throw new Deferral(type.toString());
        }
        if (!(type instanceof DeclaredType)) {
            return null;
        }
        Shape shape;
        TypeMirror element;
        if ((element = types.typeArgument(type, "java.util.stream.Stream")) != null) {
            shape = Shape.STREAM;
        } else if ((element = types.typeArgument(type, "java.util.List")) != null) {
            shape = Shape.LIST;
        } else if ((element = types.typeArgument(type, "java.lang.Iterable")) != null) {
            shape = Shape.ITERABLE;
        } else if (allowIterator && (element = types.typeArgument(type, "java.util.Iterator")) != null) {
            shape = Shape.ITERATOR;
        } else {
            return null;
        }
        if (element.getKind() == TypeKind.ERROR) {
            throw new Deferral(element.toString());
        }
        return element.getKind() == TypeKind.DECLARED || element.getKind() == TypeKind.ARRAY
                ? new Returned(shape, element)
                : null;
    }

    /**
     * Checks the slices method's parameters: none, or the cursor type. Returns whether it takes
     * {@code since}, or null (reported).
     */
    Boolean slicesTakesSince(ExecutableElement method, TypeMirror cursor, Report report) {
        List<? extends VariableElement> parameters = method.getParameters();
        deferOnUnresolved(parameters);
        if (parameters.isEmpty()) {
            return false;
        }
        if (parameters.size() == 1 && cursor != null && same(parameters.get(0).asType(), cursor)) {
            return true;
        }
        String allowed = cursor == null
                ? "no parameters (the record type has no @CursorField)"
                : "() or (" + simple(cursor) + " since)";
        report.error(method, Message.SLICES_PARAMETERS, method.getSimpleName(), describe(parameters), allowed);
        return null;
    }

    /**
     * Matches read's parameters to {@code (slice, since)}; returns {takesSlice, takesSince} or null
     * (reported).
     */
    boolean[] readParameters(
            ExecutableElement read, TypeMirror slice, TypeMirror cursor, String cursorName, Report report) {
        List<? extends VariableElement> parameters = read.getParameters();
        deferOnUnresolved(parameters);
        if (parameters.isEmpty()) {
            return new boolean[] {false, false};
        }
        if (parameters.size() == 1) {
            TypeMirror type = parameters.get(0).asType();
            if (slice != null && same(type, slice)) {
                return new boolean[] {true, false};
            }
            if (cursor != null && same(type, cursor)) {
                return new boolean[] {false, true};
            }
            if (slice == null && cursor != null) {
                report.error(
                        parameters.get(0),
                        Message.READ_SINCE_TYPE,
                        simple(type),
                        cursorName,
                        simple(cursor),
                        simple(cursor));
                return null;
            }
            if (slice == null) {
                report.error(parameters.get(0), Message.READ_SLICE_WITHOUT_SLICES, simple(type), simple(type));
                return null;
            }
        } else if (parameters.size() == 2 && slice == null) {
            TypeMirror type = parameters.get(0).asType();
            report.error(parameters.get(0), Message.READ_SLICE_WITHOUT_SLICES, simple(type), simple(type));
            return null;
        } else if (parameters.size() == 2
                && cursor != null
                && same(parameters.get(0).asType(), slice)) {
            TypeMirror type = parameters.get(1).asType();
            if (same(type, cursor)) {
                return new boolean[] {true, true};
            }
            report.error(
                    parameters.get(1),
                    Message.READ_SINCE_TYPE,
                    simple(type),
                    cursorName,
                    simple(cursor),
                    simple(cursor));
            return null;
        }
        report.error(read, Message.READ_PARAMETERS, describe(parameters), allowedForms(slice, cursor));
        return null;
    }

    /** A parameter of a type not generated yet: the method is checked again next round. */
    private static void deferOnUnresolved(List<? extends VariableElement> parameters) {
        for (VariableElement parameter : parameters) {
            if (parameter.asType().getKind() == TypeKind.ERROR) {
                throw new Deferral(parameter.asType().toString());
            }
        }
    }

    private static String allowedForms(TypeMirror slice, TypeMirror cursor) {
        List<String> forms = new ArrayList<>();
        forms.add("read()");
        if (cursor != null) {
            forms.add("read(" + simple(cursor) + " since)");
        }
        if (slice != null) {
            forms.add("read(" + simple(slice) + " slice)");
        }
        if (slice != null && cursor != null) {
            forms.add("read(" + simple(slice) + " slice, " + simple(cursor) + " since)");
        }
        return String.join(" or ", forms);
    }

    private boolean same(TypeMirror a, TypeMirror b) {
        return types.types().isSameType(a, b);
    }

    private static String describe(List<? extends VariableElement> parameters) {
        return parameters.stream()
                .map(p -> simple(p.asType()) + " " + p.getSimpleName())
                .collect(Collectors.joining(", "));
    }

    /** A type as its author would write it: simple names. */
    static String simple(TypeMirror type) {
        return TypeName.get(type).toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    }
}
