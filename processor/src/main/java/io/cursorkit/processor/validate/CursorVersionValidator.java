package io.cursorkit.processor.validate;

import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.CursorVersionModel;
import io.cursorkit.processor.model.CursorVersionModel.Migration;
import io.cursorkit.processor.model.TypeModel;
import io.cursorkit.processor.scan.Annotations;
import io.cursorkit.processor.scan.Deferral;
import io.cursorkit.processor.scan.TypeScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks the version of the state cursorkit keeps for a {@code @CursorField} stream and its
 * migrations, as API.md says: {@code @StateVersion} on the stream class (at least 1), each {@code
 * @StateMigration} public static, reading one older version ({@code from}, 0 by default) as a scalar
 * cursor value or a whole {@code JsonNode} state, returning the cursor's type; one per version. A
 * stream without any state may carry neither annotation. Every error goes on the element at fault.
 */
final class CursorVersionValidator {
    private static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";

    private final Elements elements;
    private final TypeScanner types;
    private final StateTypes stateTypes;

    CursorVersionValidator(Elements elements, TypeScanner types) {
        this.elements = elements;
        this.types = types;
        this.stateTypes = new StateTypes(elements, types);
    }

    /**
     * The version model of a stream whose cursor property {@code cursorName} has type {@code
     * cursor} (boxed): null when it declares no version (and has no migration), or on an error
     * (reported).
     */
    CursorVersionModel model(TypeElement stream, String cursorName, TypeMirror cursor, Report report) {
        Optional<AnnotationMirror> mirror = Annotations.find(stream, Annotations.STATE_VERSION);
        int version = mirror.isEmpty() ? 0 : stateTypes.version(stream, report);
        List<ExecutableElement> methods = migrations(stream);
        if (version == 0) {
            for (ExecutableElement method : methods) {
                report.error(
                        method,
                        Message.CURSOR_MIGRATION_WITHOUT_VERSION,
                        method.getSimpleName(),
                        stream.getSimpleName(),
                        stream.getSimpleName());
            }
            return null;
        }
        Map<Integer, ExecutableElement> byFrom = new HashMap<>();
        List<Migration> migrations = new ArrayList<>();
        for (ExecutableElement method : methods) {
            Migration migration = migration(method, cursorName, cursor, version, report);
            if (migration == null) {
                continue;
            }
            if (!first(byFrom, migration.fromVersion(), method, "version " + migration.fromVersion(), report)) {
                continue;
            }
            migrations.add(migration);
        }
        return report.isClean() ? new CursorVersionModel(version, List.copyOf(migrations)) : null;
    }

    /** A stream that keeps no state: {@code @StateVersion} and {@code @StateMigration} are errors there. */
    void noState(TypeElement stream, Report report) {
        Annotations.find(stream, Annotations.STATE_VERSION)
                .ifPresent(mirror -> report.error(
                        stream, mirror, null, Message.STATE_VERSION_WITHOUT_STATE, stream.getSimpleName()));
        for (ExecutableElement method : migrations(stream)) {
            report.error(method, Message.STATE_MIGRATION_WITHOUT_STATE, method.getSimpleName(), stream.getSimpleName());
        }
    }

    private Migration migration(
            ExecutableElement method, String cursorName, TypeMirror cursor, int version, Report report) {
        TypeMirror result = method.getReturnType();
        if (result.getKind() == TypeKind.ERROR) {
            throw new Deferral(result.toString());
        }
        TypeMirror parameter = method.getParameters().size() == 1
                ? method.getParameters().get(0).asType()
                : null;
        if (parameter != null && parameter.getKind() == TypeKind.ERROR) {
            throw new Deferral(parameter.toString());
        }
        boolean whole = parameter instanceof DeclaredType declared
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(JSON_NODE);
        TypeModel from = parameter == null || whole ? null : types.scan(parameter, method, "migration", new Report());
        if (!method.getModifiers().contains(Modifier.PUBLIC)
                || !method.getModifiers().contains(Modifier.STATIC)
                || parameter == null
                || (!whole && (from == null || !from.kind().isScalar()))
                || !types.types().isSameType(boxed(result), cursor)) {
            report.error(
                    method,
                    Message.CURSOR_MIGRATION_METHOD,
                    method.getSimpleName(),
                    cursorName,
                    StreamMethods.simple(cursor),
                    OwnedStateValidator.signature(method));
            return null;
        }
        AnnotationMirror mirror =
                Annotations.find(method, Annotations.STATE_MIGRATION).orElseThrow();
        int fromVersion = Math.max(0, Annotations.integer(elements, mirror, "from"));
        if (Annotations.integer(elements, mirror, "from") < -1 || fromVersion >= version) {
            report.error(
                    method,
                    mirror,
                    Annotations.value(elements, mirror, "from"),
                    Message.CURSOR_MIGRATION_FROM,
                    Annotations.integer(elements, mirror, "from"),
                    method.getSimpleName(),
                    version,
                    version - 1);
            return null;
        }
        return new Migration(method.getSimpleName().toString(), whole, from, fromVersion);
    }

    private TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive()
                ? types.types().boxedClass((PrimitiveType) type).asType()
                : type;
    }

    /**
     * Notes that {@code method} migrates from {@code from}; false when another one already does
     * (reported on {@code method}, with {@code described} naming what both read).
     */
    static boolean first(
            Map<Integer, ExecutableElement> byFrom,
            int from,
            ExecutableElement method,
            String described,
            Report report) {
        ExecutableElement other = byFrom.putIfAbsent(from, method);
        if (other != null) {
            report.error(
                    method,
                    Message.STATE_MIGRATION_DUPLICATE,
                    other.getSimpleName(),
                    method.getSimpleName(),
                    described);
        }
        return other == null;
    }

    static List<ExecutableElement> migrations(TypeElement stream) {
        return ElementFilter.methodsIn(stream.getEnclosedElements()).stream()
                .filter(m -> Annotations.has(m, Annotations.STATE_MIGRATION))
                .toList();
    }
}
