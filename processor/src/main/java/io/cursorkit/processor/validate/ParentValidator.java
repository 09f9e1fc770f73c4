package io.cursorkit.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.Names;
import io.cursorkit.processor.model.ParentModel;
import io.cursorkit.processor.scan.Annotations;
import io.cursorkit.processor.scan.Deferral;
import io.cursorkit.processor.scan.TypeScanner;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks {@code @Partitions(parent = ...)} (API.md, "Parent and child streams"): the parent is a
 * {@code @Stream} class, neither the child nor its own descendant, read in one piece (no {@code
 * @Slices}, no {@code @Partitions}), and the partitions method takes exactly {@code
 * java.util.stream.Stream<R>} of the parent's record type {@code R}. Each broken rule is an error on
 * the partitions method, at the {@code parent} value where it is about that value.
 */
final class ParentValidator {
    private static final String JAVA_STREAM = "java.util.stream.Stream";

    private final Elements elements;
    private final TypeScanner types;
    private final StreamMethods methods;

    ParentValidator(Elements elements, TypeScanner types, StreamMethods methods) {
        this.elements = elements;
        this.types = types;
        this.methods = methods;
    }

    /**
     * The parent the partitions method names: empty when it names none; null when a rule is broken
     * (reported) or the parent's own errors leave nothing to check against (reported on the parent).
     */
    Optional<ParentModel> parent(TypeElement stream, ExecutableElement method, AnnotationMirror mirror, Report report) {
        AnnotationValue value = Annotations.value(elements, mirror, "parent");
        if (!(value.getValue() instanceof TypeMirror named) || named.getKind() == TypeKind.ERROR) {
            throw new Deferral(String.valueOf(value.getValue()));
        }
        if (named.getKind() == TypeKind.VOID) {
            return Optional.empty();
        }
        AnnotationValue at = Annotations.explicitValue(mirror, "parent");
        if (!(named instanceof DeclaredType declared) || !Annotations.has(declared.asElement(), Annotations.STREAM)) {
            report.error(method, mirror, at, Message.PARTITIONS_PARENT_NOT_STREAM, StreamMethods.simple(named));
            return null;
        }
        TypeElement parent = (TypeElement) declared.asElement();
        String parentName = parent.getSimpleName().toString();
        String childName = stream.getSimpleName().toString();
        if (parent.equals(stream)) {
            report.error(
                    method,
                    mirror,
                    at,
                    Message.PARTITIONS_PARENT_CYCLE,
                    parentName,
                    childName,
                    childName + " names itself");
            return null;
        }
        ExecutableElement grandparent = methods.findPartitions(parent, new Report());
        if (grandparent != null) {
            if (names(grandparent, stream)) {
                report.error(
                        method,
                        mirror,
                        at,
                        Message.PARTITIONS_PARENT_CYCLE,
                        parentName,
                        childName,
                        parentName + " names " + childName + " as its parent in turn");
            } else {
                report.error(
                        method, mirror, at, Message.PARTITIONS_PARENT_SPLIT, parentName, parentName, "@Partitions");
            }
            return null;
        }
        if (methods.findSlices(parent, new Report()) != null) {
            report.error(method, mirror, at, Message.PARTITIONS_PARENT_SPLIT, parentName, parentName, "@Slices");
            return null;
        }
        ExecutableElement read = methods.findRead(parent, new Report());
        StreamMethods.Returned records = read == null ? null : methods.returned(read, true);
        if (records == null || records.element().getKind() != TypeKind.DECLARED) {
            return null; // the parent's own errors say why
        }
        TypeMirror record = records.element();
        if (!takesRecords(method, record)) {
            String simpleRecord = StreamMethods.simple(record);
            report.error(
                    method,
                    Message.PARTITIONS_PARENT_PARAMETER,
                    method.getSimpleName(),
                    describe(method.getParameters()),
                    parentName,
                    simpleRecord,
                    method.getSimpleName() + "(java.util.stream.Stream<" + simpleRecord + "> "
                            + Character.toLowerCase(parentName.charAt(0)) + parentName.substring(1) + ")");
            return null;
        }
        return Optional.of(new ParentModel(
                Names.generated(ClassName.get(parent), "_Stream"),
                !takesConfig(parent),
                TypeName.get(record),
                parentName));
    }

    /** Whether {@code partitions}, a method's {@code @Partitions}, names {@code stream} as parent. */
    private boolean names(ExecutableElement partitions, TypeElement stream) {
        AnnotationMirror mirror =
                Annotations.find(partitions, Annotations.PARTITIONS).orElseThrow();
        Object value = Annotations.value(elements, mirror, "parent").getValue();
        return value instanceof DeclaredType declared && declared.asElement().equals(stream);
    }

    /** Whether the method takes exactly {@code java.util.stream.Stream<record>}. */
    private boolean takesRecords(ExecutableElement method, TypeMirror record) {
        List<? extends VariableElement> parameters = method.getParameters();
        if (parameters.size() != 1) {
            return false;
        }
        TypeMirror type = parameters.get(0).asType();
        if (type.getKind() == TypeKind.ERROR) {
            throw new Deferral(type.toString());
        }
        if (!(type instanceof DeclaredType declared)
                || declared.getTypeArguments().size() != 1) {
            return false;
        }
        TypeElement raw = (TypeElement) declared.asElement();
        return raw.getQualifiedName().contentEquals(JAVA_STREAM)
                && types.types().isSameType(declared.getTypeArguments().get(0), record);
    }

    /** Whether the parent's generated adapter takes the config type (a constructor taking it). */
    private static boolean takesConfig(TypeElement parent) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(parent.getEnclosedElements())) {
            if (constructor.getModifiers().contains(Modifier.PUBLIC)
                    && constructor.getParameters().size() == 1
                    && constructor.getParameters().get(0).asType() instanceof DeclaredType type
                    && Annotations.has(type.asElement(), Annotations.CONNECTOR)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(List<? extends VariableElement> parameters) {
        return parameters.stream()
                .map(p -> StreamMethods.simple(p.asType()) + " " + p.getSimpleName())
                .collect(Collectors.joining(", "));
    }
}
