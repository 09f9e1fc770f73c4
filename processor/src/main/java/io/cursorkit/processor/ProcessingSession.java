package io.cursorkit.processor;

import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.StreamModel;
import io.cursorkit.processor.reading.ConnectorReader;
import io.cursorkit.processor.reading.StreamReader;
import io.cursorkit.processor.reading.TypeNotReadyException;
import io.cursorkit.processor.validation.Message;
import io.cursorkit.processor.validation.Validated;
import io.cursorkit.processor.validation.ValidationReport;
import io.cursorkit.processor.writing.SourceFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The state of one compilation across rounds. Per-stream files are written in the round that
 * finds the stream; the connector and main class (which list every stream) in the first round
 * that finds no new annotated element, so that javac still compiles them normally; the resources
 * in the final round. Elements that refer to types not generated yet wait for the next round.
 */
final class ProcessingSession {
    private static final String STREAM = "io.cursorkit.annotations.Stream";
    private static final String CONNECTOR = "io.cursorkit.annotations.Connector";

    private final Elements elements;
    private final Messager messager;
    private final StreamReader streamReader;
    private final ConnectorReader connectorReader;
    private final SourceFiles files;

    private final Set<String> connectorNames = new LinkedHashSet<>();
    private final Set<String> pendingStreams = new LinkedHashSet<>();
    private final Map<String, String> unresolved = new LinkedHashMap<>();
    private final Map<String, StreamModel> streams = new HashMap<>();
    private ConnectorModel connector;
    private boolean connectorRead;
    private boolean failed;
    private boolean aggregatesWritten;

    ProcessingSession(ProcessingEnvironment env) {
        this.elements = env.getElementUtils();
        this.messager = env.getMessager();
        this.streamReader = new StreamReader(env);
        this.connectorReader = new ConnectorReader(env);
        this.files = new SourceFiles(env);
    }

    void round(RoundEnvironment round) {
        if (round.processingOver()) {
            finish(round);
            return;
        }
        List<TypeElement> newConnectors = annotated(round, CONNECTOR);
        List<TypeElement> newStreams = annotated(round, STREAM);
        for (TypeElement type : newConnectors) {
            addConnector(type);
        }
        newStreams.forEach(s -> pendingStreams.add(s.getQualifiedName().toString()));
        if (!connectorRead && !connectorNames.isEmpty()) {
            readConnector();
        }
        if (!connectorNames.isEmpty()) {
            readStreams();
        }
        boolean foundNew = !newConnectors.isEmpty() || !newStreams.isEmpty();
        if (!foundNew && readyForAggregates() && !round.errorRaised()) {
            writeAggregates();
        }
    }

    private void addConnector(TypeElement type) {
        String name = type.getQualifiedName().toString();
        if (connectorNames.add(name) && connectorNames.size() > 1) {
            String first = connectorNames.iterator().next();
            report(ValidationReport.builder()
                    .error(Message.CONNECTOR_DUPLICATE, type, connectorMirror(type), null, first, name)
                    .build());
        }
    }

    private void readConnector() {
        TypeElement type = elements.getTypeElement(connectorNames.iterator().next());
        Validated<ConnectorModel> result = guarded(type, () -> connectorReader.read(type));
        if (result != null) {
            connectorRead = true;
            connector = result.model().orElse(null);
        }
    }

    private void readStreams() {
        TypeElement config = elements.getTypeElement(connectorNames.iterator().next());
        for (String name : new ArrayList<>(pendingStreams)) {
            TypeElement type = elements.getTypeElement(name);
            Validated<StreamModel> result = guarded(type, () -> streamReader.read(type, config));
            if (result == null) {
                continue;
            }
            pendingStreams.remove(name);
            result.model().ifPresent(model -> {
                streams.put(name, model);
                try {
                    files.writeStream(model);
                } catch (IOException e) {
                    fileError(type, "the generated stream classes", e);
                }
            });
        }
    }

    /**
     * Runs a reader on {@code type}, printing its report. Returns null when the type must wait for
     * another round; an unexpected exception becomes an error on the element, never a crash.
     */
    private <T> Validated<T> guarded(TypeElement type, java.util.function.Supplier<Validated<T>> reader) {
        String name = type.getQualifiedName().toString();
        try {
            Validated<T> result = reader.get();
            unresolved.remove(name);
            report(result.report());
            return result;
        } catch (TypeNotReadyException e) {
            unresolved.put(name, e.typeName());
            return null;
        } catch (RuntimeException e) {
            unresolved.remove(name);
            report(ValidationReport.builder()
                    .error(Message.INTERNAL_ERROR, type, name, e)
                    .build());
            return Validated.failed(ValidationReport.builder().build());
        }
    }

    private boolean readyForAggregates() {
        return !aggregatesWritten && !failed && connector != null && pendingStreams.isEmpty() && unresolved.isEmpty();
    }

    private void writeAggregates() {
        aggregatesWritten = true;
        List<StreamModel> ordered = SourceFiles.catalogOrder(new ArrayList<>(streams.values()));
        ValidationReport.Builder duplicates = ValidationReport.builder();
        for (int i = 1; i < ordered.size(); i++) {
            StreamModel previous = ordered.get(i - 1);
            StreamModel current = ordered.get(i);
            if (previous.name().equals(current.name())
                    && java.util.Objects.equals(previous.namespace(), current.namespace())) {
                duplicates.error(
                        Message.STREAM_NAME_DUPLICATE,
                        current.origin(),
                        streamMirror(current.origin()),
                        null,
                        current.name(),
                        previous.streamClass().canonicalName());
            }
        }
        report(duplicates.build());
        if (failed) {
            return;
        }
        try {
            files.writeConnector(connector, ordered);
        } catch (IOException e) {
            fileError(connector.origin(), "the connector and main classes", e);
        }
    }

    private void finish(RoundEnvironment round) {
        ValidationReport.Builder errors = ValidationReport.builder();
        if (connectorNames.isEmpty()) {
            for (String name : pendingStreams) {
                TypeElement type = elements.getTypeElement(name);
                errors.error(Message.CONNECTOR_MISSING, type, streamMirror(type), null, type.getSimpleName());
            }
        }
        for (Map.Entry<String, String> entry : unresolved.entrySet()) {
            TypeElement type = elements.getTypeElement(entry.getKey());
            errors.error(Message.TYPE_UNRESOLVED, type, type.getSimpleName(), entry.getValue());
        }
        report(errors.build());
        if (failed || round.errorRaised() || connector == null) {
            return;
        }
        if (!aggregatesWritten) {
            writeAggregates();
        }
        if (!failed) {
            try {
                files.writeResources(connector, new ArrayList<>(streams.values()));
            } catch (IOException e) {
                fileError(connector.origin(), "the spec and catalog resources", e);
            }
        }
    }

    private void report(ValidationReport report) {
        if (!report.isClean()) {
            failed = true;
            report.printMessagesTo(messager);
        }
    }

    private void fileError(Element element, String what, IOException e) {
        report(ValidationReport.builder()
                .error(Message.FILE_NOT_WRITTEN, element, what, element.getSimpleName(), e.getMessage())
                .build());
    }

    private List<TypeElement> annotated(RoundEnvironment round, String annotation) {
        TypeElement type = elements.getTypeElement(annotation);
        if (type == null) {
            return List.of();
        }
        return new ArrayList<>(ElementFilter.typesIn(round.getElementsAnnotatedWith(type)));
    }

    private static javax.lang.model.element.AnnotationMirror streamMirror(Element element) {
        return mirror(element, STREAM);
    }

    private static javax.lang.model.element.AnnotationMirror connectorMirror(Element element) {
        return mirror(element, CONNECTOR);
    }

    private static javax.lang.model.element.AnnotationMirror mirror(Element element, String annotation) {
        return element.getAnnotationMirrors().stream()
                .filter(m -> ((TypeElement) m.getAnnotationType().asElement())
                        .getQualifiedName()
                        .contentEquals(annotation))
                .findFirst()
                .orElse(null);
    }
}
