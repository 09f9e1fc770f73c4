package io.cursorkit.processor.reading;

import com.palantir.javapoet.ClassName;
import io.cursorkit.processor.model.GeneratedNames;
import io.cursorkit.processor.model.JsonType;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.ReadModel;
import io.cursorkit.processor.model.SliceModel;
import io.cursorkit.processor.model.StreamModel;
import io.cursorkit.processor.validation.Message;
import io.cursorkit.processor.validation.Validated;
import io.cursorkit.processor.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a {@code @Stream} class into a {@link StreamModel}, reporting every misuse it finds. */
public final class StreamReader {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final Elements elements;
    private final Types types;

    public StreamReader(ProcessingEnvironment env) {
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
    }

    /**
     * Reads {@code type}, whose streams are configured by {@code config}.
     *
     * @throws TypeNotReadyException when it refers to a type that does not exist yet
     */
    public Validated<StreamModel> read(TypeElement type, TypeElement config) {
        ValidationReport.Builder report = ValidationReport.builder();
        AnnotationMirror stream = Annotations.find(type, Annotations.STREAM).orElseThrow();
        if (!classShape(type, report)) {
            return Validated.failed(report.build());
        }
        Boolean takesConfig = constructor(type, config, report);
        StreamMethods methods = new StreamMethods(elements, types, report);
        boolean[] slicesFailed = {false};
        StreamMethods.Slices slices = methods.slices(type, slicesFailed);
        StreamMethods.Read read = methods.read(type);
        String name = name(type, stream, report);
        Optional<AnnotationMirror> interval = Annotations.find(type, Annotations.CHECKPOINT_INTERVAL);
        int checkpointInterval =
                interval.map(m -> checkpointInterval(type, m, report)).orElse(0);
        if (read == null) {
            return Validated.failed(report.build());
        }
        RecordReader records = new RecordReader(elements, types, report);
        RecordReader.Result record = records.read(read.method(), read.record(), type, stream);
        if (record == null) {
            return Validated.failed(report.build());
        }
        if (interval.isPresent() && record.cursor() == null) {
            report.error(
                    Message.CHECKPOINT_WITHOUT_CURSOR,
                    type,
                    interval.get(),
                    null,
                    type.getSimpleName(),
                    record.type().javaType().simpleName());
        }
        StreamMethods.Cursor cursor = record.cursor() == null
                ? null
                : new StreamMethods.Cursor(
                        record.cursor().property().javaName(),
                        record.type().javaType().simpleName(),
                        boxed(record.cursorType()));
        SliceModel sliceModel = null;
        if (slices != null) {
            boolean takesSince = methods.slicesTakesSince(slices, cursor);
            TypeResolver resolver = new TypeResolver(new PropertyScanner(elements), report);
            JsonType sliceType = resolver.resolve(slices.slice(), TypeResolver.Use.SLICE, slices.method(), "slice");
            sliceModel =
                    new SliceModel(slices.method().getSimpleName().toString(), slices.shape(), takesSince, sliceType);
        }
        ReadModel readModel = slicesFailed[0]
                ? null
                : methods.readParameters(read, slices, cursor, record.type().javaType());
        if (!report.isClean() || readModel == null || takesConfig == null) {
            return Validated.failed(report.build());
        }
        String namespace = Annotations.stringValue(stream, "namespace", "");
        StreamModel model = new StreamModel(
                type,
                ClassName.get(type),
                ClassName.get(config),
                takesConfig,
                name,
                namespace.isEmpty() ? null : namespace,
                record.primaryKey(),
                record.type(),
                Optional.ofNullable(record.cursor()),
                Optional.ofNullable(sliceModel),
                readModel,
                checkpointInterval);
        return Validated.of(model, report.build());
    }

    private boolean classShape(TypeElement type, ValidationReport.Builder report) {
        if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
            String kind =
                    switch (type.getKind()) {
                        case INTERFACE -> "an interface";
                        case ENUM -> "an enum";
                        case ANNOTATION_TYPE -> "an annotation type";
                        default -> "not a class";
                    };
            report.error(Message.STREAM_NOT_CLASS, type, type.getSimpleName(), kind);
            return false;
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            report.error(Message.STREAM_ABSTRACT, type, type.getSimpleName());
            return false;
        }
        if (type.getNestingKind() == NestingKind.MEMBER
                && !type.getModifiers().contains(Modifier.STATIC)
                && type.getKind() == ElementKind.CLASS) {
            report.error(Message.STREAM_INNER_CLASS, type, type.getSimpleName());
            return false;
        }
        if (!TypeResolver.accessible(type)) {
            report.error(Message.STREAM_NOT_PUBLIC, type, type.getSimpleName());
            return false;
        }
        if (!type.getTypeParameters().isEmpty()) {
            report.error(Message.STREAM_GENERIC, type, type.getSimpleName());
            return false;
        }
        return true;
    }

    /** Whether the constructor to use takes the config; null after reporting that there is none. */
    private Boolean constructor(TypeElement type, TypeElement config, ValidationReport.Builder report) {
        boolean noArg = false;
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (!constructor.getModifiers().contains(Modifier.PUBLIC)) {
                continue;
            }
            List<? extends javax.lang.model.element.VariableElement> parameters = constructor.getParameters();
            if (parameters.size() == 1 && types.isSameType(parameters.get(0).asType(), config.asType())) {
                return true;
            }
            noArg |= parameters.isEmpty();
        }
        if (noArg) {
            return false;
        }
        String simple = type.getSimpleName().toString();
        report.error(
                Message.STREAM_CONSTRUCTOR,
                type,
                simple,
                config.getSimpleName(),
                simple,
                simple,
                config.getSimpleName());
        return null;
    }

    private String name(TypeElement type, AnnotationMirror stream, ValidationReport.Builder report) {
        Optional<javax.lang.model.element.AnnotationValue> value = Annotations.explicitValue(stream, "name");
        String name = value.map(v -> (String) v.getValue())
                .filter(s -> !s.isEmpty())
                .orElse(GeneratedNames.snakeCase(type.getSimpleName().toString()));
        if (!NAME.matcher(name).matches()) {
            report.error(Message.STREAM_NAME_INVALID, type, stream, value.orElse(null), name);
        }
        return name;
    }

    private int checkpointInterval(TypeElement type, AnnotationMirror interval, ValidationReport.Builder report) {
        Optional<javax.lang.model.element.AnnotationValue> value = Annotations.explicitValue(interval, "value");
        int n = value.map(v -> (Integer) v.getValue()).orElse(0);
        if (n < 1) {
            report.error(
                    Message.CHECKPOINT_INTERVAL_INVALID, type, interval, value.orElse(null), n, type.getSimpleName());
        }
        return n;
    }

    private TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType()
                : type;
    }

    /** The cursor of a record type as seen from elsewhere (for messages). */
    static String describe(DeclaredType type) {
        return type.asElement().getSimpleName().toString();
    }

    /** Properties whose JSON names a key or cursor can refer to. */
    static List<String> jsonNames(List<PropertyModel> properties) {
        return properties.stream().map(PropertyModel::jsonName).toList();
    }
}
