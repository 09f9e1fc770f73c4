package io.cursorkit.processor;

import io.cursorkit.processor.diagnostics.Message;
import io.cursorkit.processor.diagnostics.Report;
import io.cursorkit.processor.generate.ConnectorFiles;
import io.cursorkit.processor.generate.StreamFiles;
import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.StreamModel;
import io.cursorkit.processor.scan.Annotations;
import io.cursorkit.processor.scan.Deferral;
import io.cursorkit.processor.scan.TypeScanner;
import io.cursorkit.processor.validate.AggregateValidator;
import io.cursorkit.processor.validate.ConnectorValidator;
import io.cursorkit.processor.validate.StreamValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;

/**
 * The processing steps across javac's rounds. Each {@code @Stream} and {@code @Connector} is read,
 * validated and (for streams) generated in the round that finds it; elements that refer to types
 * not generated yet wait for a later round. The connector class and main class, which aggregate
 * every stream, are generated in the first round that finds nothing new, or in a round that
 * generated nothing (then no later round would find anything new either): never in the last round,
 * so they are compiled and processed like any source. The spec and catalog files are written in
 * the last round.
 */
final class Rounds {
    private final Messager messager;
    private final Elements elements;
    private final StreamValidator streamValidator;
    private final ConnectorValidator connectorValidator;
    private final AggregateValidator aggregateValidator = new AggregateValidator();
    private final StreamFiles streamFiles;
    private final ConnectorFiles connectorFiles;

    /** Elements waiting for a type, by qualified name, with the type they wait for. */
    private final Map<String, String> deferredStreams = new LinkedHashMap<>();

    private final Map<String, String> deferredConnectors = new LinkedHashMap<>();
    private final List<StreamModel> streams = new ArrayList<>();
    private final List<ConnectorModel> connectors = new ArrayList<>();
    private final List<Element> failed = new ArrayList<>();
    private boolean aggregated;

    Rounds(ProcessingEnvironment env) {
        this.messager = env.getMessager();
        this.elements = env.getElementUtils();
        TypeScanner types = new TypeScanner(elements, env.getTypeUtils());
        this.streamValidator = new StreamValidator(elements, types);
        this.connectorValidator = new ConnectorValidator(elements, types);
        this.streamFiles = new StreamFiles(env.getFiler());
        this.connectorFiles = new ConnectorFiles(env.getFiler());
    }

    void process(RoundEnvironment round) {
        if (round.processingOver()) {
            finish();
            return;
        }
        List<Element> newStreams = annotated(round, Annotations.STREAM);
        List<Element> newConnectors = annotated(round, Annotations.CONNECTOR);
        if (aggregated) {
            newStreams.forEach(e -> error(e, Message.LATE_ELEMENT, e.getSimpleName()));
            newConnectors.forEach(e -> error(e, Message.LATE_ELEMENT, e.getSimpleName()));
            return;
        }
        int generated = streamFiles.count();
        for (Element element : retry(deferredConnectors, newConnectors)) {
            readConnector(element);
        }
        for (Element element : retry(deferredStreams, newStreams)) {
            readStream(element);
        }
        boolean foundNothing = newStreams.isEmpty() && newConnectors.isEmpty();
        boolean nothingGenerated = streamFiles.count() == generated;
        boolean waiting = !deferredStreams.isEmpty() || !deferredConnectors.isEmpty();
        if (!waiting && (foundNothing || nothingGenerated) && !(streams.isEmpty() && connectors.isEmpty())) {
            aggregated = true;
            if (failed.isEmpty()) {
                generateAggregates();
            }
        }
    }

    /** Checks the streams and connectors together, then generates the connector and main classes. */
    private void generateAggregates() {
        try {
            Report report = aggregateValidator.validate(streams, connectors);
            report.printTo(messager);
            if (report.isClean() && !connectors.isEmpty()) {
                connectorFiles.generate(connectors.get(0), streams);
            }
        } catch (RuntimeException | StackOverflowError e) {
            bug(aggregateElement(), e);
        }
    }

    private void finish() {
        reportUnresolved(deferredConnectors);
        reportUnresolved(deferredStreams);
        if (aggregated && failed.isEmpty()) {
            try {
                connectorFiles.writeResources();
            } catch (RuntimeException e) {
                bug(aggregateElement(), e);
            }
        }
    }

    /** Where a failure while generating for every stream at once is reported: the connector. */
    private Element aggregateElement() {
        return connectors.isEmpty()
                ? streams.get(0).origin()
                : connectors.get(0).origin();
    }

    private void readStream(Element element) {
        Report report = new Report();
        try {
            StreamModel model = streamValidator.validate(element, report);
            report.printTo(messager);
            if (model != null && report.isClean()) {
                streamFiles.generate(model);
                streams.add(model);
            } else {
                failed.add(element);
            }
        } catch (Deferral deferral) {
            deferredStreams.put(name(element), deferral.typeName());
        } catch (RuntimeException | StackOverflowError e) {
            bug(element, e);
        }
    }

    private void readConnector(Element element) {
        Report report = new Report();
        try {
            ConnectorModel model = connectorValidator.validate(element, report);
            report.printTo(messager);
            if (model != null && report.isClean()) {
                connectors.add(model);
            } else {
                failed.add(element);
            }
        } catch (Deferral deferral) {
            deferredConnectors.put(name(element), deferral.typeName());
        } catch (RuntimeException | StackOverflowError e) {
            bug(element, e);
        }
    }

    /** The deferred elements (looked up again: they are new objects in each round), then the new ones. */
    private List<Element> retry(Map<String, String> deferred, List<Element> found) {
        List<Element> todo = new ArrayList<>();
        for (String name : deferred.keySet()) {
            TypeElement element = elements.getTypeElement(name);
            if (element != null) {
                todo.add(element);
            }
        }
        deferred.clear();
        for (Element element : found) {
            if (!todo.stream().anyMatch(e -> name(e).equals(name(element)))) {
                todo.add(element);
            }
        }
        return todo;
    }

    private void reportUnresolved(Map<String, String> deferred) {
        deferred.forEach((name, type) -> {
            TypeElement element = elements.getTypeElement(name);
            if (element != null) {
                error(element, Message.TYPE_UNRESOLVED, element.getSimpleName(), type);
            } else {
                messager.printMessage(Kind.ERROR, Message.TYPE_UNRESOLVED.format(name, type));
            }
        });
        deferred.clear();
    }

    private List<Element> annotated(RoundEnvironment round, String annotation) {
        TypeElement type = elements.getTypeElement(annotation);
        if (type == null) {
            return new ArrayList<>();
        }
        List<Element> found = new ArrayList<>(round.getElementsAnnotatedWith(type));
        found.sort(Comparator.comparing(Rounds::name));
        return found;
    }

    private void bug(Element element, Throwable e) {
        failed.add(element);
        error(element, Message.PROCESSOR_BUG, element.getSimpleName(), e);
    }

    private void error(Element element, Message message, Object... args) {
        failed.add(element);
        messager.printMessage(Kind.ERROR, message.format(args), element);
    }

    private static String name(Element element) {
        return element instanceof TypeElement type
                ? type.getQualifiedName().toString()
                : element.getEnclosingElement() + "." + element.getSimpleName();
    }
}
