package io.cursorkit.processor.validate;

import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.OwnedStateModel;
import io.cursorkit.processor.model.OwnedStateModel.Migration;
import io.cursorkit.processor.model.OwnedStateModel.Source;
import io.cursorkit.processor.model.TypeModel;
import io.cursorkit.processor.scan.Annotations;
import io.cursorkit.processor.scan.Deferral;
import io.cursorkit.processor.scan.TypeScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks a stream's own state against API.md's rules: the {@code @StreamState} method, its type
 * (readable from JSON and writable), the {@code @StateVersion}s, and the {@code @StateMigration}
 * methods (each from an older version to a newer one, one per version, every chain ending at the
 * current version). Every error goes on the element at fault.
 */
final class OwnedStateValidator {
    private static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";

    /** The {@code @StreamState} method and the state type it returns. */
    record Found(ExecutableElement accessor, TypeMirror type) {}

    private final TypeScanner types;
    private final StateTypes stateTypes;

    OwnedStateValidator(Elements elements, TypeScanner types) {
        this.types = types;
        this.stateTypes = new StateTypes(elements, types);
    }

    /**
     * The {@code @StreamState} method, or null when there is none or it breaks a rule (reported). A
     * {@code @StateMigration} in a stream without one is reported here too.
     */
    Found find(TypeElement stream, Report report) {
        ExecutableElement found = null;
        for (ExecutableElement method : ElementFilter.methodsIn(stream.getEnclosedElements())) {
            if (!Annotations.has(method, Annotations.STREAM_STATE)) {
                continue;
            }
            if (found != null) {
                report.error(method, Message.STREAM_STATE_DUPLICATE, stream.getSimpleName());
                return null;
            }
            found = method;
        }
        if (found == null) {
            return null; // a @StateVersion or @StateMigration then belongs to the cursor (CursorVersionValidator)
        }
        Annotations.find(stream, Annotations.STATE_VERSION)
                .ifPresent(mirror ->
                        report.error(stream, mirror, null, Message.STATE_VERSION_ON_STREAM, stream.getSimpleName()));
        if (!found.getModifiers().contains(Modifier.PUBLIC)
                || found.getModifiers().contains(Modifier.STATIC)
                || !found.getParameters().isEmpty()) {
            report.error(found, Message.STREAM_STATE_METHOD, found.getSimpleName(), found.getSimpleName());
            return null;
        }
        TypeMirror type = found.getReturnType();
        if (type.getKind() == TypeKind.ERROR) {
            throw new Deferral(type.toString());
        }
        if (StateTypes.stateElement(type) == null) {
            report.error(found, Message.STREAM_STATE_TYPE, found.getSimpleName(), StreamMethods.simple(type));
            return null;
        }
        return new Found(found, type);
    }

    /** The model of the stream's own state, or null (reported). */
    OwnedStateModel model(TypeElement stream, Found found, Report report) {
        TypeElement element = StateTypes.stateElement(found.type());
        TypeModel type = stateTypes.readable(found.type(), found.accessor(), new Report());
        if (type == null) {
            report.error(
                    found.accessor(),
                    Message.STREAM_STATE_TYPE,
                    found.accessor().getSimpleName(),
                    StreamMethods.simple(found.type()));
            return null;
        }
        if (type.object().visible().stream().anyMatch(p -> p.jsonName().equals("cursorkit"))) {
            report.error(found.accessor(), Message.STREAM_STATE_RESERVED, element.getSimpleName());
            return null;
        }
        int version = stateTypes.version(element, report);
        Map<Integer, TypeElement> byVersion = new HashMap<>();
        byVersion.put(version, element);
        Map<Integer, ExecutableElement> byFrom = new HashMap<>();
        List<Migration> migrations = new ArrayList<>();
        List<ExecutableElement> methods = new ArrayList<>();
        for (ExecutableElement method : migrations(stream)) {
            Migration migration = migration(method, byVersion, report);
            if (migration == null) {
                continue;
            }
            if (!CursorVersionValidator.first(
                    byFrom, migration.fromVersion(), method, describeFrom(migration), report)) {
                continue;
            }
            migrations.add(migration);
            methods.add(method);
        }
        for (int i = 0; i < migrations.size(); i++) {
            Migration migration = migrations.get(i);
            int to = migration.toVersion();
            if (to != version && !byFrom.containsKey(to)) {
                String target = StateTypes.stateElement(methods.get(i).getReturnType())
                        .getSimpleName()
                        .toString();
                report.error(
                        methods.get(i), Message.STATE_MIGRATION_GAP, migration.method(), target, to, version, target);
            }
        }
        if (!report.isClean()) {
            return null;
        }
        return new OwnedStateModel(found.accessor().getSimpleName().toString(), type, version, List.copyOf(migrations));
    }

    /** One {@code @StateMigration} method, or null (reported). */
    private Migration migration(ExecutableElement method, Map<Integer, TypeElement> byVersion, Report report) {
        TypeMirror result = method.getReturnType();
        if (result.getKind() == TypeKind.ERROR) {
            throw new Deferral(result.toString());
        }
        if (!method.getModifiers().contains(Modifier.PUBLIC)
                || !method.getModifiers().contains(Modifier.STATIC)
                || method.getParameters().size() != 1
                || StateTypes.stateElement(result) == null) {
            report.error(method, Message.STATE_MIGRATION_METHOD, method.getSimpleName(), signature(method));
            return null;
        }
        TypeMirror parameter = method.getParameters().get(0).asType();
        if (parameter.getKind() == TypeKind.ERROR) {
            throw new Deferral(parameter.toString());
        }
        AnnotationMirror annotation =
                Annotations.find(method, Annotations.STATE_MIGRATION).orElseThrow();
        if (Annotations.explicitValue(annotation, "from") != null) {
            report.error(
                    method,
                    annotation,
                    Annotations.explicitValue(annotation, "from"),
                    Message.STATE_MIGRATION_FROM,
                    Annotations.explicitValue(annotation, "from").getValue(),
                    method.getSimpleName());
            return null;
        }
        Source source;
        TypeModel from = null;
        int fromVersion;
        TypeElement fromElement = StateTypes.stateElement(parameter);
        if (parameter instanceof DeclaredType declared
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(JSON_NODE)) {
            source = Source.JSON;
            fromVersion = 0;
        } else if (fromElement != null) {
            from = stateTypes.readable(parameter, method, new Report());
            if (from == null) {
                report.error(method, Message.STATE_MIGRATION_METHOD, method.getSimpleName(), signature(method));
                return null;
            }
            source = Source.TYPED;
            fromVersion = stateTypes.version(fromElement, report);
            if (!registered(byVersion, fromVersion, fromElement, method, report)) {
                return null;
            }
        } else {
            from = types.scan(parameter, method, "migration", new Report());
            if (from == null || !from.kind().isScalar()) {
                report.error(method, Message.STATE_MIGRATION_METHOD, method.getSimpleName(), signature(method));
                return null;
            }
            source = Source.BARE;
            fromVersion = -1;
        }
        TypeElement toElement = StateTypes.stateElement(result);
        int toVersion = stateTypes.version(toElement, report);
        Migration migration = new Migration(
                method.getSimpleName().toString(),
                source,
                from,
                fromVersion,
                com.palantir.javapoet.TypeName.get(result),
                toVersion);
        if (toVersion <= Math.max(fromVersion, 0)) {
            report.error(
                    method,
                    Message.STATE_MIGRATION_ORDER,
                    method.getSimpleName(),
                    describeFrom(migration),
                    toElement.getSimpleName(),
                    toVersion);
            return null;
        }
        return registered(byVersion, toVersion, toElement, method, report) ? migration : null;
    }

    /** Notes that {@code type} is version {@code version}; false when another type is (reported). */
    private boolean registered(
            Map<Integer, TypeElement> byVersion,
            int version,
            TypeElement type,
            ExecutableElement method,
            Report report) {
        TypeElement other = byVersion.putIfAbsent(version, type);
        if (other != null && !other.getQualifiedName().equals(type.getQualifiedName())) {
            report.error(method, Message.STATE_VERSION_DUPLICATE, other.getSimpleName(), type.getSimpleName(), version);
            return false;
        }
        return true;
    }

    private static List<ExecutableElement> migrations(TypeElement stream) {
        return CursorVersionValidator.migrations(stream);
    }

    private static String describeFrom(Migration migration) {
        return switch (migration.source()) {
            case BARE -> "a bare value";
            case JSON -> "a state without a version (JsonNode)";
            case TYPED -> ((com.palantir.javapoet.ClassName) migration.from().type()).simpleName()
                    + (migration.fromVersion() == 0
                            ? " (a state without a version)"
                            : " (version " + migration.fromVersion() + ")");
        };
    }

    static String signature(ExecutableElement method) {
        String modifiers = method.getModifiers().stream()
                .map(Modifier::toString)
                .reduce((a, b) -> a + " " + b)
                .orElse("");
        String parameters = method.getParameters().stream()
                .map(p -> StreamMethods.simple(p.asType()) + " " + p.getSimpleName())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return (modifiers.isEmpty() ? "" : modifiers + " ") + StreamMethods.simple(method.getReturnType()) + " "
                + method.getSimpleName() + "(" + parameters + ")";
    }
}
