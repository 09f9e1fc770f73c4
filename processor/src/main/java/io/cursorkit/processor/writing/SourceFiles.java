package io.cursorkit.processor.writing;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.StreamModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Writes what the processor generates, from the model only: sources and resources. */
public final class SourceFiles {
    /** Where the catalog resource goes in the class output. */
    public static final String CATALOG_RESOURCE = "META-INF/cursorkit/catalog.json";
    /** Where the spec resource goes in the class output. */
    public static final String SPEC_RESOURCE = "META-INF/cursorkit/spec.json";

    private final Filer filer;
    private final boolean markGenerated;

    public SourceFiles(ProcessingEnvironment env) {
        this.filer = env.getFiler();
        // @Generated lives in java.compiler, which a modular connector may not read
        this.markGenerated = env.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
    }

    /** The stream, record writer and state serializer of one stream. */
    public void writeStream(StreamModel stream) throws IOException {
        String packageName = stream.streamClass().packageName();
        write(packageName, new RecordWriterGenerator(markGenerated).generate(stream));
        write(packageName, new StateSerializerGenerator(markGenerated).generate(stream));
        write(packageName, new StreamGenerator(markGenerated).generate(stream));
    }

    /** The connector definition and the main class, which list every stream. */
    public void writeConnector(ConnectorModel connector, List<StreamModel> streams) throws IOException {
        List<StreamModel> ordered = catalogOrder(streams);
        String spec = Documents.compact(Documents.spec(connector, ordered));
        String catalog = Documents.compact(Documents.catalog(ordered));
        String packageName = connector.configType().packageName();
        write(packageName, new ConnectorGenerator(markGenerated).generate(connector, ordered, spec, catalog));
        write(packageName, new MainGenerator(markGenerated).generate(connector, ordered));
    }

    /** {@code META-INF/cursorkit/spec.json} and {@code catalog.json}, pretty and deterministic. */
    public void writeResources(ConnectorModel connector, List<StreamModel> streams) throws IOException {
        List<StreamModel> ordered = catalogOrder(streams);
        List<Element> origins = new ArrayList<>();
        origins.add(connector.origin());
        ordered.forEach(s -> origins.add(s.origin()));
        Element[] originArray = origins.toArray(new Element[0]);
        resource(SPEC_RESOURCE, Documents.pretty(Documents.spec(connector, ordered)), originArray);
        resource(CATALOG_RESOURCE, Documents.pretty(Documents.catalog(ordered)), originArray);
    }

    /** Catalog order: by name, then namespace. */
    public static List<StreamModel> catalogOrder(List<StreamModel> streams) {
        return streams.stream()
                .sorted(Comparator.comparing(StreamModel::name)
                        .thenComparing(s -> s.namespace() == null ? "" : s.namespace()))
                .toList();
    }

    private void write(String packageName, TypeSpec type) throws IOException {
        JavaFile.builder(packageName, type).skipJavaLangImports(true).build().writeTo(filer);
    }

    private void resource(String path, String text, Element[] origins) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
        try (Writer writer = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            writer.write(text);
        }
    }
}
