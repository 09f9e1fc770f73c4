package io.cursorkit.processor.generate;

import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.StreamModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * What is generated from every stream at once: the connector and main classes, and the spec and
 * catalog resources. Runs once per compilation, on models already checked together; the classes
 * are written when called, the resources only by {@link #writeResources}, in the last round.
 */
public final class ConnectorFiles {
    static final String SPEC_FILE = "META-INF/cursorkit/spec.json";
    static final String CATALOG_FILE = "META-INF/cursorkit/catalog.json";

    private final Filer filer;
    private final ConnectorGenerator connectorGenerator;
    private final MainGenerator mainGenerator;
    private String spec;
    private String catalog;
    private final List<Element> origins = new ArrayList<>();

    /** Files written through {@code filer}. */
    public ConnectorFiles(Filer filer) {
        this.filer = filer;
        SourceWriter writer = new SourceWriter(filer);
        this.connectorGenerator = new ConnectorGenerator(writer);
        this.mainGenerator = new MainGenerator(writer);
    }

    /** Generates the connector and main classes, and keeps the spec and catalog for the last round. */
    public void generate(ConnectorModel connector, List<StreamModel> streams) {
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

    /** Writes spec.json and catalog.json, once, in the last round; nothing when nothing was generated. */
    public void writeResources() {
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
