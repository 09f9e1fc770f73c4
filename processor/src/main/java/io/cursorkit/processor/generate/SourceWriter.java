package io.cursorkit.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Writes every generated type the same way: marked {@code @Generated} (without a date, so builds
 * are reproducible) and tied to the elements it was made from, for incremental builds.
 */
final class SourceWriter {
    static final String PROCESSOR = "io.cursorkit.processor.CursorkitProcessor";
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private final Filer filer;

    SourceWriter(Filer filer) {
        this.filer = filer;
    }

    void write(String packageName, TypeSpec.Builder type, Iterable<? extends Element> origins) {
        type.addAnnotation(AnnotationSpec.builder(GENERATED)
                .addMember("value", "$S", PROCESSOR)
                .build());
        for (Element origin : origins) {
            type.addOriginatingElement(origin);
        }
        JavaFile file = JavaFile.builder(packageName, type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        try {
            file.writeTo(filer);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not write " + packageName + "." + type.build().name(), e);
        }
    }
}
