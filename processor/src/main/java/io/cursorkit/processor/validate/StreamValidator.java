package io.cursorkit.processor.validate;

import com.palantir.javapoet.ClassName;
import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.model.CursorVersionModel;
import io.cursorkit.processor.model.ObjectModel;
import io.cursorkit.processor.model.OwnedStateModel;
import io.cursorkit.processor.model.ParentModel;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.StreamModel;
import io.cursorkit.processor.model.StreamModel.CursorModel;
import io.cursorkit.processor.model.StreamModel.ReadModel;
import io.cursorkit.processor.model.StreamModel.SliceModel;
import io.cursorkit.processor.model.TypeModel;
import io.cursorkit.processor.model.WindowModel;
import io.cursorkit.processor.scan.Annotations;
import io.cursorkit.processor.scan.Deferral;
import io.cursorkit.processor.scan.TypeScanner;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks a {@code @Stream} class against API.md's rules and builds its {@link StreamModel}: the
 * model only when every rule holds, otherwise null with every error found in the {@link Report}.
 * Throws {@link Deferral} when the class refers to a type not generated yet.
 */
public final class StreamValidator {
    private final Elements elements;
    private final TypeScanner types;
    private final StreamMethods methods;
    private final StreamAttributes attributes;
    private final OwnedStateValidator ownedStates;
    private final ParentValidator parents;
    private final CursorVersionValidator cursorVersions;
    private final WindowValidator windows;
    private final ResumableRules resumable;
    private final CursorChoices choices;

    /** A validator reading types through {@code types}. */
    public StreamValidator(Elements elements, TypeScanner types) {
        this.elements = elements;
        this.types = types;
        this.methods = new StreamMethods(types);
        this.attributes = new StreamAttributes(elements);
        this.ownedStates = new OwnedStateValidator(elements, types);
        this.parents = new ParentValidator(elements, types, methods);
        this.cursorVersions = new CursorVersionValidator(elements, types);
        this.windows = new WindowValidator(elements, types);
        this.resumable = new ResumableRules(elements, types.types());
        this.choices = new CursorChoices(elements);
    }

    /** The model, or null when {@code report} holds errors. */
    public StreamModel validate(Element element, Report report) {
        AnnotationMirror annotation =
                Annotations.find(element, Annotations.STREAM).orElseThrow();
        if (element.getKind() != ElementKind.CLASS && element.getKind() != ElementKind.RECORD) {
            report.error(
                    element,
                    annotation,
                    null,
                    Message.STREAM_NOT_CLASS,
                    element.getSimpleName(),
                    kindName(element.getKind()));
            return null;
        }
        TypeElement stream = (TypeElement) element;
        if (!isAccessible(stream)) {
            report.error(stream, Message.STREAM_NOT_PUBLIC, stream.getSimpleName());
            return null;
        }
        if (stream.getModifiers().contains(Modifier.ABSTRACT)) {
            report.error(stream, Message.STREAM_ABSTRACT, stream.getSimpleName());
            return null;
        }
        Optional<ClassName> config = constructorConfig(stream, report);
        ExecutableElement slicesMethod = methods.findSlices(stream, report);
        ExecutableElement partitionsMethod = methods.findPartitions(stream, report);
        if (slicesMethod != null && partitionsMethod != null) {
            report.error(partitionsMethod, Message.PARTITIONS_WITH_SLICES, stream.getSimpleName());
        }
        ExecutableElement read = methods.findRead(stream, report);
        OwnedStateValidator.Found owned = ownedStates.find(stream, report);
        if (config == null || read == null || !report.isClean()) {
            return null;
        }
        StreamMethods.Returned records = methods.returned(read, true);
        if (records == null || records.element().getKind() != TypeKind.DECLARED) {
            report.error(read, Message.READ_RETURN_TYPE, StreamMethods.simple(read.getReturnType()));
            return null;
        }
        TypeElement recordType = (TypeElement) ((DeclaredType) records.element()).asElement();
        if (!isRecordShape(recordType)) {
            report.error(read, Message.READ_RETURN_TYPE, StreamMethods.simple(read.getReturnType()));
            return null;
        }
        ObjectModel record = types.scanRecordType(recordType, report);
        if (record == null) {
            return null;
        }
        if (record.visible().isEmpty()) {
            report.error(read, Message.RECORD_NO_PROPERTIES, recordType.getQualifiedName());
            return null;
        }
        PropertyModel cursorProperty = record.properties().stream()
                .filter(PropertyModel::cursor)
                .findFirst()
                .orElse(null);
        if (owned != null && cursorProperty != null) {
            report.error(
                    owned.accessor(),
                    Message.STREAM_STATE_WITH_CURSOR,
                    stream.getSimpleName(),
                    recordType.getSimpleName(),
                    cursorProperty.javaName());
            return null;
        }
        // A stream that owns its state takes it where a cursor stream takes since (read, @Slices).
        TypeMirror cursorType =
                owned != null ? owned.type() : cursorProperty == null ? null : cursorMirror(recordType, cursorProperty);
        // a cursor the user chooses: read's since is the choice, and the default's property the cursor
        CursorChoices.Found choice = owned == null ? choices.find(read, record, cursorProperty, report) : null;
        choices.checkUnused(stream, choice, report);
        if (!report.isClean()) {
            return null;
        }
        if (choice != null) {
            cursorProperty = choice.model().defaultOption().property();
            cursorType = choice.type();
        }
        CursorVersionModel cursorVersion = null;
        if (owned == null && cursorProperty != null && choice == null) {
            cursorVersion = cursorVersions.model(stream, cursorProperty.javaName(), cursorType, report);
        } else if (owned == null) {
            cursorVersions.noState(stream, report);
        }
        boolean resumableFullRefresh = Annotations.has(stream, Annotations.RESUMABLE_FULL_REFRESH);
        int interval =
                attributes.checkpointInterval(stream, recordType, cursorType != null || resumableFullRefresh, report);

        SliceModel slices = null;
        TypeMirror sliceType = null;
        if (partitionsMethod != null) {
            slices = partitions(stream, partitionsMethod, recordType, cursorProperty != null, report);
            if (slices == null) {
                return null;
            }
            sliceType = methods.returned(partitionsMethod, false).element();
        } else if (slicesMethod != null) {
            StreamMethods.Returned returned = methods.returned(slicesMethod, false);
            if (returned == null) {
                report.error(
                        slicesMethod,
                        Message.SLICES_RETURN_TYPE,
                        slicesMethod.getSimpleName(),
                        StreamMethods.simple(slicesMethod.getReturnType()));
                return null;
            }
            Boolean takesSince = methods.slicesTakesSince(slicesMethod, cursorType, report);
            if (takesSince == null) {
                return null;
            }
            sliceType = returned.element();
            TypeModel json = types.scan(sliceType, slicesMethod, "slice", new Report());
            slices = new SliceModel(
                    slicesMethod.getSimpleName().toString(),
                    com.palantir.javapoet.TypeName.get(sliceType),
                    returned.shape(),
                    takesSince,
                    json,
                    0);
        }
        String cursorName = owned != null
                ? "@StreamState " + owned.accessor().getSimpleName() + "()"
                : cursorProperty == null ? null : cursorProperty.javaName();
        boolean[] parameters = resumableFullRefresh
                ? resumable.check(
                        stream,
                        annotation,
                        recordType,
                        record,
                        cursorProperty,
                        slicesMethod,
                        owned == null ? null : owned.accessor(),
                        read,
                        report)
                : methods.readParameters(read, sliceType, cursorType, cursorName, report);
        if (parameters == null) {
            return null;
        }
        if (slices != null && slices.partitions() && !parameters[0]) {
            String partition = StreamMethods.simple(sliceType);
            String cursor = StreamMethods.simple(cursorType);
            String found = read.getParameters().stream()
                    .map(p -> StreamMethods.simple(p.asType()) + " " + p.getSimpleName())
                    .collect(java.util.stream.Collectors.joining(", "));
            report.error(
                    read,
                    Message.READ_WITHOUT_PARTITION,
                    found,
                    partitionsMethod.getSimpleName(),
                    partition,
                    cursor,
                    partition);
            return null;
        }
        List<PropertyModel> primaryKey = attributes.primaryKey(stream, annotation, record, report);
        String name = attributes.streamName(stream, annotation, report);
        String namespace = Annotations.string(elements, annotation, "namespace");
        OwnedStateModel ownedState = owned == null ? null : ownedStates.model(stream, owned, report);
        WindowModel window = windows.validate(stream, recordType, cursorProperty, config, report);
        if (!report.isClean()) {
            return null;
        }
        return new StreamModel(
                ClassName.get(stream),
                name,
                namespace.isEmpty() ? null : namespace,
                record,
                cursorProperty == null
                        ? null
                        : new CursorModel(cursorProperty, cursorVersion, choice == null ? null : choice.model()),
                slices,
                new ReadModel(read.getSimpleName().toString(), records.shape(), parameters[0], parameters[1]),
                primaryKey,
                interval,
                config.orElse(null),
                stream,
                ownedState,
                window,
                resumableFullRefresh);
    }

    /** The {@code @Partitions} method as a slice model, or null (reported). */
    private SliceModel partitions(
            TypeElement stream, ExecutableElement method, TypeElement recordType, boolean hasCursor, Report report) {
        AnnotationMirror mirror =
                Annotations.find(method, Annotations.PARTITIONS).orElseThrow();
        int max = Annotations.integer(elements, mirror, "maxInState");
        if (max < 1) {
            report.error(
                    method,
                    mirror,
                    Annotations.value(elements, mirror, "maxInState"),
                    Message.PARTITIONS_MAX_IN_STATE,
                    max);
            return null;
        }
        if (!hasCursor) {
            report.error(
                    method,
                    mirror,
                    null,
                    Message.PARTITIONS_WITHOUT_CURSOR,
                    stream.getSimpleName(),
                    recordType.getSimpleName());
            return null;
        }
        StreamMethods.Returned returned = methods.returned(method, false);
        if (returned == null) {
            report.error(
                    method,
                    Message.PARTITIONS_RETURN_TYPE,
                    method.getSimpleName(),
                    StreamMethods.simple(method.getReturnType()));
            return null;
        }
        Optional<ParentModel> parent = parents.parent(stream, method, mirror, report);
        if (parent == null || (parent.isEmpty() && !methods.partitionsParameters(method, report))) {
            return null;
        }
        TypeModel json = types.scan(returned.element(), method, "partition", new Report());
        return new SliceModel(
                method.getSimpleName().toString(),
                com.palantir.javapoet.TypeName.get(returned.element()),
                returned.shape(),
                false,
                json,
                max,
                parent.orElse(null));
    }

    /** The boxed type of the cursor property, as the SPI's {@code C}. */
    private TypeMirror cursorMirror(TypeElement recordType, PropertyModel cursor) {
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(recordType))) {
            if (method.getSimpleName().contentEquals(cursor.getter())
                    && method.getParameters().isEmpty()) {
                TypeMirror type = method.getReturnType();
                return type.getKind().isPrimitive()
                        ? types.types()
                                .boxedClass((javax.lang.model.type.PrimitiveType) type)
                                .asType()
                        : type;
            }
        }
        throw new IllegalStateException("no accessor " + cursor.getter() + " in " + recordType);
    }

    /**
     * The config type the public constructor takes (preferred when there is also a no-arg one);
     * empty for no-arg; null when none fits (reported).
     */
    private Optional<ClassName> constructorConfig(TypeElement stream, Report report) {
        Optional<ClassName> config = null;
        for (ExecutableElement constructor : ElementFilter.constructorsIn(stream.getEnclosedElements())) {
            if (!constructor.getModifiers().contains(Modifier.PUBLIC)) {
                continue;
            }
            if (constructor.getParameters().isEmpty()) {
                if (config == null) {
                    config = Optional.empty();
                }
            } else if (constructor.getParameters().size() == 1) {
                TypeMirror type = constructor.getParameters().get(0).asType();
                if (type.getKind() == TypeKind.ERROR) {
                    throw new Deferral(type.toString());
                }
                if (type instanceof DeclaredType declared
                        && Annotations.has(declared.asElement(), Annotations.CONNECTOR)) {
                    config = Optional.of(ClassName.get((TypeElement) declared.asElement()));
                }
            }
        }
        if (config == null) {
            String simple = stream.getSimpleName().toString();
            report.error(stream, Message.STREAM_NO_CONSTRUCTOR, simple, simple, simple);
        }
        return config;
    }

    /** A record or JavaBean of the author's: not an enum, not a JDK type, not generic, not private. */
    private static boolean isRecordShape(TypeElement type) {
        String name = type.getQualifiedName().toString();
        return (type.getKind() == ElementKind.RECORD || type.getKind() == ElementKind.CLASS)
                && type.getTypeParameters().isEmpty()
                && TypeScanner.isAccessible(type)
                && !name.startsWith("java.")
                && !name.startsWith("javax.");
    }

    private static boolean isAccessible(TypeElement type) {
        Element current = type;
        while (current instanceof TypeElement t) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
            if (t.getNestingKind() == NestingKind.MEMBER && !t.getModifiers().contains(Modifier.STATIC)) {
                return false;
            }
            if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
                return false;
            }
            current = t.getEnclosingElement();
        }
        return true;
    }

    static String kindName(ElementKind kind) {
        return switch (kind) {
            case INTERFACE -> "an interface";
            case ENUM -> "an enum";
            case RECORD -> "a record";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> "a " + kind.toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
