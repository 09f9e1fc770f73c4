package io.cursorkit.processor.reading;

import com.palantir.javapoet.ClassName;
import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.JsonType;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.validation.Message;
import io.cursorkit.processor.validation.Validated;
import io.cursorkit.processor.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Reads the {@code @Connector} type into a {@link ConnectorModel}. */
public final class ConnectorReader {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Elements elements;

    public ConnectorReader(ProcessingEnvironment env) {
        this.elements = env.getElementUtils();
    }

    /**
     * Reads {@code type}.
     *
     * @throws TypeNotReadyException when it refers to a type that does not exist yet
     */
    public Validated<ConnectorModel> read(TypeElement type) {
        ValidationReport.Builder report = ValidationReport.builder();
        AnnotationMirror connector =
                Annotations.find(type, Annotations.CONNECTOR).orElseThrow();
        String problem = shapeProblem(type);
        if (problem != null) {
            report.error(Message.CONNECTOR_TYPE_INVALID, type, type.getSimpleName(), problem);
            return Validated.failed(report.build());
        }
        Optional<AnnotationValue> nameValue = Annotations.explicitValue(connector, "name");
        String name = nameValue.map(v -> (String) v.getValue()).orElse("");
        if (!NAME.matcher(name).matches()) {
            report.error(Message.CONNECTOR_NAME_INVALID, type, connector, nameValue.orElse(null), name);
        }
        String documentationUrl = Annotations.stringValue(connector, "documentationUrl", "");
        List<PropertyModel> properties = new TypeResolver(new PropertyScanner(elements), report)
                .properties(type, new PropertyScanner(elements).scan(type), TypeResolver.Use.CONFIG);
        if (properties == null || !report.isClean()) {
            return Validated.failed(report.build());
        }
        boolean hasCheck =
                ElementFilter.methodsIn(elements.getAllMembers(type)).stream().anyMatch(TypeResolver::isCheckMethod);
        JsonType.ObjectType config =
                new JsonType.ObjectType(ClassName.get(type), properties, type.getKind() == ElementKind.RECORD);
        return Validated.of(new ConnectorModel(type, name, documentationUrl, config, hasCheck), report.build());
    }

    private static String shapeProblem(TypeElement type) {
        if (type.getKind() != ElementKind.RECORD && type.getKind() != ElementKind.CLASS) {
            return "is not a record or a class";
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            return "is abstract";
        }
        if (!TypeResolver.accessible(type)) {
            return "is not public (or is a non-static inner class)";
        }
        if (!type.getTypeParameters().isEmpty()) {
            return "has type parameters";
        }
        return null;
    }
}
