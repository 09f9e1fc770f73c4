package io.cursorkit.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The cursorkit annotation processor. For every {@code @Stream} class it generates a stream, a
 * record writer and a state serializer; for the {@code @Connector} type the connector
 * definition, the main class, and {@code META-INF/cursorkit/spec.json} and {@code catalog.json}.
 * Misuse of the annotations is reported as compile errors on the offending elements.
 *
 * <p>The work is done in three steps, visible in the packages: {@code reading} turns annotated
 * elements into the immutable {@code model} (validating as it goes, reports in {@code
 * validation}), and {@code writing} generates from the model alone.
 */
@AutoService(Processor.class)
public final class CursorkitProcessor extends AbstractProcessor {
    private ProcessingSession session;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        session = new ProcessingSession(processingEnv);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(
                "io.cursorkit.annotations.Connector",
                "io.cursorkit.annotations.Stream",
                "io.cursorkit.annotations.CursorField",
                "io.cursorkit.annotations.Secret",
                "io.cursorkit.annotations.Slices",
                "io.cursorkit.annotations.CheckpointInterval");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        session.round(round);
        return false;
    }
}
