package io.cursorkit.processor;

import com.google.auto.service.AutoService;
import io.cursorkit.processor.scan.Annotations;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The cursorkit annotation processor. For every {@code @Stream} it generates a stream class, a
 * record writer and a state serializer; for the {@code @Connector} type, the connector class, the
 * main class, {@code META-INF/cursorkit/spec.json} and {@code META-INF/cursorkit/catalog.json}.
 * Misuse is reported as a javac error on the offending element.
 *
 * <p>This class only wires the steps; {@code Rounds} says when each one runs.
 */
@AutoService(Processor.class)
public final class CursorkitProcessor extends AbstractProcessor {
    private Rounds rounds;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        rounds = new Rounds(processingEnv);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Annotations.supported();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        rounds.process(round);
        return false;
    }
}
