package io.cursorkit.processor.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * What is generated from every stream at once: checks across streams (one connector, unique
 * names), the connector and main classes, and the spec and catalog resources.
 */
final class Aggregates {
    static final String SPEC_FILE = "META-INF/cursorkit/spec.json";
    static final String CATALOG_FILE = "META-INF/cursorkit/catalog.json";

    private final Messager messager;
    private final Filer filer;
    private final ConnectorGenerator connectorGenerator;
    private final MainGenerator mainGenerator;
    private String spec;
    private String catalog;
    private final List<Element> origins = new ArrayList<>();

    Aggregates(ProcessingEnvironment env, SourceWriter writer) {
        this.messager = env.getMessager();
        this.filer = env.getFiler();
        this.connectorGenerator = new ConnectorGenerator(writer);
        this.mainGenerator = new MainGenerator(writer);
    }

    /** Checks the streams and connectors together and generates the connector and main classes. */
    void generate(List<StreamModel> streams, List<ConnectorModel> connectors) {
        Report report = validate(streams, connectors);
        report.printTo(messager);
        if (!report.isClean() || connectors.isEmpty()) {
            return;
        }
        ConnectorModel connector = connectors.get(0);
        spec = ConnectorJson.pretty(ConnectorJson.spec(connector, streams));
        catalog = ConnectorJson.pretty(ConnectorJson.catalog(streams));
        connectorGenerator.generate(
                connector,
                streams,
                ConnectorJson.compact(ConnectorJson.spec(connector, streams)),
                ConnectorJson.compact(ConnectorJson.catalog(streams)));
        mainGenerator.generate(connector);
        origins.add(connector.origin());
        streams.forEach(s -> origins.add(s.origin()));
    }

    private Report validate(List<StreamModel> streams, List<ConnectorModel> connectors) {
        Report report = new Report();
        if (connectors.isEmpty()) {
            StreamModel first = ConnectorJson.catalogOrder(streams).get(0);
            report.error(
                    first.origin(),
                    mirror(first),
                    null,
                    Message.CONNECTOR_MISSING,
                    first.type().simpleName());
        }
        for (int i = 1; i < connectors.size(); i++) {
            ConnectorModel extra = connectors.get(i);
            report.error(
                    extra.origin(),
                    Annotations.find(extra.origin(), Annotations.CONNECTOR).orElse(null),
                    null,
                    Message.CONNECTOR_DUPLICATE,
                    extra.type().simpleName(),
                    connectors.get(0).type().canonicalName());
        }
        Map<String, StreamModel> byName = new HashMap<>();
        for (StreamModel stream : streams) {
            String key = (stream.namespace() == null ? "" : stream.namespace() + ".") + stream.name();
            StreamModel other = byName.putIfAbsent(key, stream);
            if (other != null) {
                AnnotationMirror mirror = mirror(stream);
                report.error(
                        stream.origin(),
                        mirror,
                        Annotations.explicitValue(mirror, "name"),
                        Message.STREAM_NAME_DUPLICATE,
                        stream.name(),
                        other.type().simpleName(),
                        stream.type().simpleName());
            }
            if (!connectors.isEmpty()
                    && stream.configType() != null
                    && !stream.configType().equals(connectors.get(0).type())) {
                String expected = connectors.get(0).type().simpleName();
                report.error(
                        stream.origin(),
                        Message.STREAM_CONFIG_MISMATCH,
                        stream.type().simpleName(),
                        stream.configType().simpleName(),
                        expected,
                        expected);
            }
        }
        return report;
    }

    private static AnnotationMirror mirror(StreamModel stream) {
        return Annotations.find(stream.origin(), Annotations.STREAM).orElse(null);
    }

    /** Writes spec.json and catalog.json, once, in the last round. */
    void writeResources() {
        if (spec == null) {
            return;
        }
        write(SPEC_FILE, spec);
        write(CATALOG_FILE, catalog);
    }

    private void write(String path, String content) {
        try (Writer writer = filer.createResource(
                        StandardLocation.CLASS_OUTPUT, "", path, origins.toArray(Element[]::new))
                .openWriter()) {
            writer.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + path, e);
        }
    }
}
