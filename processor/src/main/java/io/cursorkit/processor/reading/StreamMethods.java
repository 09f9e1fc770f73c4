package io.cursorkit.processor.reading;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.cursorkit.processor.model.ReadModel;
import io.cursorkit.processor.model.SliceModel;
import io.cursorkit.processor.validation.Message;
import io.cursorkit.processor.validation.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Finds and checks the {@code read} and {@code @Slices} methods of a stream class. */
final class StreamMethods {
    private final Elements elements;
    private final Types types;
    private final ValidationReport.Builder report;

    StreamMethods(Elements elements, Types types, ValidationReport.Builder report) {
        this.elements = elements;
        this.types = types;
        this.report = report;
    }

    /** A {@code read} method with a usable return type. */
    record Read(ExecutableElement method, ReadModel.Shape shape, TypeMirror record) {}

    /** A {@code @Slices} method with a usable return type. */
    record Slices(ExecutableElement method, SliceModel.Shape shape, TypeMirror slice) {}

    /** The cursor as {@code read} and {@code @Slices} see it. */
    record Cursor(String property, String recordType, TypeMirror boxed) {}

    /** The one public {@code read} method and its record type, or null after reporting. */
    Read read(TypeElement type) {
        List<ExecutableElement> reads = methods(type).stream()
                .filter(m -> m.getSimpleName().contentEquals("read"))
                .toList();
        List<ExecutableElement> publicReads = reads.stream()
                .filter(m -> m.getModifiers().contains(Modifier.PUBLIC))
                .toList();
        if (publicReads.isEmpty()) {
            if (reads.isEmpty()) {
                report.error(Message.READ_MISSING, type, type.getSimpleName());
            } else {
                report.error(Message.READ_NOT_PUBLIC, reads.get(0), type.getSimpleName());
            }
            return null;
        }
        if (publicReads.size() > 1) {
            for (ExecutableElement extra : publicReads.subList(1, publicReads.size())) {
                report.error(Message.READ_DUPLICATE, extra, type.getSimpleName(), publicReads.size());
            }
            return null;
        }
        ExecutableElement read = publicReads.get(0);
        if (read.getModifiers().contains(Modifier.STATIC)) {
            report.error(Message.READ_STATIC, read, type.getSimpleName());
            return null;
        }
        Containers.Found found = Containers.find(
                types, read.getReturnType(), List.of(Containers.STREAM, Containers.ITERATOR, Containers.ITERABLE));
        if (found == null || found.element() == null || found.element().getKind() != TypeKind.DECLARED) {
            if (found != null && found.element() != null && found.element().getKind() == TypeKind.ERROR) {
                throw new TypeNotReadyException(found.element().toString());
            }
            report.error(Message.READ_RETURN_TYPE, read, read.getReturnType());
            return null;
        }
        ReadModel.Shape shape =
                switch (found.name()) {
                    case Containers.STREAM -> ReadModel.Shape.STREAM;
                    case Containers.ITERATOR -> ReadModel.Shape.ITERATOR;
                    default -> ReadModel.Shape.ITERABLE;
                };
        return new Read(read, shape, found.element());
    }

    /** The container type {@code read}'s result is consumed as. */
    static TypeName readContainer(ReadModel.Shape shape, TypeName record) {
        ClassName container =
                switch (shape) {
                    case STREAM -> ClassName.get("java.util.stream", "Stream");
                    case ITERATOR -> ClassName.get("java.util", "Iterator");
                    case ITERABLE -> ClassName.get("java.lang", "Iterable");
                };
        return ParameterizedTypeName.get(container, record);
    }

    /** The {@code @Slices} method: null when there is none; throws nothing, reports problems. */
    Slices slices(TypeElement type, boolean[] failed) {
        List<ExecutableElement> annotated = methods(type).stream()
                .filter(m -> Annotations.find(m, Annotations.SLICES).isPresent())
                .toList();
        if (annotated.isEmpty()) {
            return null;
        }
        if (annotated.size() > 1) {
            String names = annotated.stream().map(m -> m.getSimpleName() + "()").collect(Collectors.joining(", "));
            for (ExecutableElement extra : annotated.subList(1, annotated.size())) {
                report.error(Message.SLICES_DUPLICATE, extra, mirror(extra), null, type.getSimpleName(), names);
            }
            failed[0] = true;
            return null;
        }
        ExecutableElement method = annotated.get(0);
        if (method.getModifiers().contains(Modifier.STATIC)) {
            report.error(Message.SLICES_STATIC, method, method.getSimpleName());
            failed[0] = true;
            return null;
        }
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
            report.error(Message.SLICES_NOT_PUBLIC, method, method.getSimpleName());
            failed[0] = true;
            return null;
        }
        Containers.Found found = Containers.find(
                types, method.getReturnType(), List.of(Containers.LIST, Containers.STREAM, Containers.ITERABLE));
        if (found == null || found.element() == null || found.element().getKind() != TypeKind.DECLARED) {
            if (found != null && found.element() != null && found.element().getKind() == TypeKind.ERROR) {
                throw new TypeNotReadyException(found.element().toString());
            }
            report.error(Message.SLICES_RETURN_TYPE, method, method.getSimpleName(), method.getReturnType());
            failed[0] = true;
            return null;
        }
        SliceModel.Shape shape =
                switch (found.name()) {
                    case Containers.LIST -> SliceModel.Shape.LIST;
                    case Containers.STREAM -> SliceModel.Shape.STREAM;
                    default -> SliceModel.Shape.ITERABLE;
                };
        return new Slices(method, shape, found.element());
    }

    /** Whether the {@code @Slices} method takes {@code since}; reports a wrong parameter list. */
    boolean slicesTakesSince(Slices slices, Cursor cursor) {
        List<? extends VariableElement> parameters = slices.method().getParameters();
        if (parameters.isEmpty()) {
            return false;
        }
        String name = slices.method().getSimpleName().toString();
        if (parameters.size() == 1
                && cursor != null
                && types.isSameType(parameters.get(0).asType(), cursor.boxed())) {
            return true;
        }
        String since = cursor == null ? "C" : simple(cursor.boxed());
        String reason = cursor == null
                ? "The record type has no @CursorField, so there is no since: remove the parameter."
                : "Its parameter is the since cursor, of the @CursorField's type " + since + " (boxed).";
        report.error(
                Message.SLICES_PARAMETERS,
                slices.method(),
                mirror(slices.method()),
                null,
                name,
                describe(parameters),
                since,
                reason);
        return false;
    }

    /** The shape of {@code read}'s parameters, or null after reporting. */
    ReadModel readParameters(Read read, Slices slices, Cursor cursor, TypeName recordType) {
        List<? extends VariableElement> parameters = read.method().getParameters();
        String forms = forms(slices, cursor);
        int next = 0;
        if (slices != null) {
            if (parameters.isEmpty()) {
                report.error(
                        Message.READ_PARAMETERS,
                        read.method(),
                        "",
                        "the class has a @Slices method, so read takes the slice as its first parameter.",
                        forms);
                return null;
            }
            VariableElement slice = parameters.get(0);
            if (!types.isSameType(slice.asType(), slices.slice())) {
                report.error(
                        Message.READ_SLICE_TYPE,
                        slice,
                        slice.getSimpleName(),
                        slice.asType(),
                        slices.method().getSimpleName(),
                        simple(slices.slice()),
                        simple(slices.slice()),
                        slice.getSimpleName());
                return null;
            }
            next = 1;
        }
        int rest = parameters.size() - next;
        if (rest == 0) {
            return new ReadModel(read.shape(), readContainer(read.shape(), recordType), slices != null, false);
        }
        if (rest > 1) {
            String reason = slices == null
                    ? "the class has no @Slices method, so read cannot take a slice."
                    : "read takes at most the slice and since.";
            report.error(Message.READ_PARAMETERS, read.method(), describe(parameters), reason, forms);
            return null;
        }
        VariableElement since = parameters.get(next);
        if (cursor == null) {
            String reason = slices == null
                    ? "the class has no @Slices method, so read cannot take a slice, and the record type has no"
                            + " @CursorField, so read cannot take since."
                    : "the record type has no @CursorField, so read cannot take since.";
            report.error(Message.READ_PARAMETERS, since, describe(parameters), reason, forms);
            return null;
        }
        if (!types.isSameType(since.asType(), cursor.boxed())) {
            boolean looksLikeSince =
                    since.getSimpleName().toString().toLowerCase().contains("since")
                            || (since.asType().getKind().isPrimitive()
                                    && types.isSameType(
                                            types.boxedClass((javax.lang.model.type.PrimitiveType) since.asType())
                                                    .asType(),
                                            cursor.boxed()));
            if (slices == null && !looksLikeSince) {
                report.error(
                        Message.READ_PARAMETERS,
                        since,
                        describe(parameters),
                        "the class has no @Slices method, so read cannot take a slice; a single parameter is the"
                                + " since cursor, of type " + simple(cursor.boxed()) + ".",
                        forms);
            } else {
                report.error(
                        Message.READ_SINCE_TYPE,
                        since,
                        since.getSimpleName(),
                        since.asType(),
                        cursor.property(),
                        cursor.recordType(),
                        simple(cursor.boxed()),
                        simple(cursor.boxed()),
                        since.getSimpleName());
            }
            return null;
        }
        return new ReadModel(read.shape(), readContainer(read.shape(), recordType), slices != null, true);
    }

    private static String forms(Slices slices, Cursor cursor) {
        String c = cursor == null ? null : simple(cursor.boxed()) + " since";
        if (slices != null) {
            String s = simple(slices.slice()) + " slice";
            return c == null ? "read(" + s + ")" : "read(" + s + ") or read(" + s + ", " + c + ")";
        }
        return c == null ? "read()" : "read() or read(" + c + ")";
    }

    private List<ExecutableElement> methods(TypeElement type) {
        return ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
                .filter(m -> !((TypeElement) m.getEnclosingElement())
                        .getQualifiedName()
                        .contentEquals("java.lang.Object"))
                .toList();
    }

    private static javax.lang.model.element.AnnotationMirror mirror(ExecutableElement method) {
        return Annotations.find(method, Annotations.SLICES).orElse(null);
    }

    private static String describe(List<? extends VariableElement> parameters) {
        return parameters.stream()
                .map(p -> simple(p.asType()) + " " + p.getSimpleName())
                .collect(Collectors.joining(", "));
    }

    /** A type as people write it: {@code LocalDate}, {@code List<String>}. */
    static String simple(TypeMirror type) {
        return type.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    }
}
