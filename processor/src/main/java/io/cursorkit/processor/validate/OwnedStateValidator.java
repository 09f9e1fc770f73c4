package io.cursorkit.processor.validate;

import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.JsonKind;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.OwnedStateModel;
import io.cursorkit.processor.model.OwnedStateModel.Migration;
import io.cursorkit.processor.model.OwnedStateModel.Source;
import io.cursorkit.processor.model.PropertyModel;
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
import javax.lang.model.element.ElementKind;
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

    private final Elements elements;
    private final TypeScanner types;

    OwnedStateValidator(Elements elements, TypeScanner types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * The {@code @StreamState} method, or null when there is none or it breaks a rule (reported). A
     * {@code @StateMigration} in a stream without one is reported here too.
     */
    Found find(TypeElement stream, Report report) {
        Annotations.find(stream, Annotations.STATE_VERSION)
                .ifPresent(mirror ->
                        report.error(stream, mirror, null, Message.STATE_VERSION_ON_STREAM, stream.getSimpleName()));
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
            for (ExecutableElement method : migrations(stream)) {
                report.error(
                        method, Message.STATE_MIGRATION_WITHOUT_STATE, method.getSimpleName(), stream.getSimpleName());
            }
            return null;
        }
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
        if (stateElement(type) == null) {
            report.error(found, Message.STREAM_STATE_TYPE, found.getSimpleName(), StreamMethods.simple(type));
            return null;
        }
        return new Found(found, type);
    }

    /** The model of the stream's own state, or null (reported). */
    OwnedStateModel model(TypeElement stream, Found found, Report report) {
        TypeElement element = stateElement(found.type());
        TypeModel type = readable(found.type(), found.accessor(), new Report());
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
        int version = version(element, report);
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
            int from = migration.fromVersion();
            ExecutableElement other = byFrom.putIfAbsent(from, method);
            if (other != null) {
                report.error(
                        method,
                        Message.STATE_MIGRATION_DUPLICATE,
                        other.getSimpleName(),
                        method.getSimpleName(),
                        describeFrom(migration));
                continue;
            }
            migrations.add(migration);
            methods.add(method);
        }
        for (int i = 0; i < migrations.size(); i++) {
            Migration migration = migrations.get(i);
            int to = migration.toVersion();
            if (to != version && !byFrom.containsKey(to)) {
                String target = stateElement(methods.get(i).getReturnType())
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
                || stateElement(result) == null) {
            report.error(method, Message.STATE_MIGRATION_METHOD, method.getSimpleName(), signature(method));
            return null;
        }
        TypeMirror parameter = method.getParameters().get(0).asType();
        if (parameter.getKind() == TypeKind.ERROR) {
            throw new Deferral(parameter.toString());
        }
        Source source;
        TypeModel from = null;
        int fromVersion;
        TypeElement fromElement = stateElement(parameter);
        if (parameter instanceof DeclaredType declared
                && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(JSON_NODE)) {
            source = Source.JSON;
            fromVersion = 0;
        } else if (fromElement != null) {
            from = readable(parameter, method, new Report());
            if (from == null) {
                report.error(method, Message.STATE_MIGRATION_METHOD, method.getSimpleName(), signature(method));
                return null;
            }
            source = Source.TYPED;
            fromVersion = version(fromElement, report);
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
        TypeElement toElement = stateElement(result);
        int toVersion = version(toElement, report);
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

    /** The {@code @StateVersion} of a state type, 0 without one; below 1 is reported. */
    private int version(TypeElement type, Report report) {
        Optional<AnnotationMirror> mirror = Annotations.find(type, Annotations.STATE_VERSION);
        if (mirror.isEmpty()) {
            return 0;
        }
        int version = Annotations.integer(elements, mirror.get(), "value");
        if (version < 1) {
            report.error(
                    type,
                    mirror.get(),
                    Annotations.value(elements, mirror.get(), "value"),
                    Message.STATE_VERSION_INVALID,
                    version,
                    type.getSimpleName());
        }
        return version;
    }

    /** The type's model when generated code can read it from JSON (and write it): else null. */
    private TypeModel readable(TypeMirror type, ExecutableElement at, Report report) {
        TypeModel model = types.scan(type, at, StreamMethods.simple(type), report);
        return model != null && model.kind() == JsonKind.OBJECT && readable(model) ? model : null;
    }

    /** What the generated reader can read: no Java arrays, lists or maps of lists, or objects it cannot create. */
    private static boolean readable(TypeModel type) {
        return switch (type.kind()) {
            case ARRAY -> !type.javaArray()
                    && List.of("java.util.List", "java.util.Set", "java.util.Collection")
                            .contains(type.collection().toString())
                    && element(type.element());
            case MAP -> element(type.element());
            case OBJECT -> !type.isChoice() && readable(type.object());
            default -> true;
        };
    }

    private static boolean element(TypeModel element) {
        return (element.kind().isScalar() || element.kind() == JsonKind.OBJECT) && readable(element);
    }

    private static boolean readable(ObjectModel object) {
        if (!object.creatable()) {
            return false;
        }
        for (PropertyModel property : object.visible()) {
            if ((!object.isRecord() && property.setter() == null) || !readable(property.type())) {
                return false;
            }
        }
        return true;
    }

    /** A record or class of the author's that {@code type} names, or null. */
    private static TypeElement stateElement(TypeMirror type) {
        if (!(type instanceof DeclaredType declared)) {
            return null;
        }
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        boolean shape = element.getKind() == ElementKind.RECORD || element.getKind() == ElementKind.CLASS;
        return shape
                        && element.getTypeParameters().isEmpty()
                        && TypeScanner.isAccessible(element)
                        && !name.startsWith("java.")
                        && !name.startsWith("javax.")
                        && !name.startsWith("com.fasterxml.")
                ? element
                : null;
    }

    private static List<ExecutableElement> migrations(TypeElement stream) {
        return ElementFilter.methodsIn(stream.getEnclosedElements()).stream()
                .filter(m -> Annotations.has(m, Annotations.STATE_MIGRATION))
                .toList();
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

    private static String signature(ExecutableElement method) {
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
