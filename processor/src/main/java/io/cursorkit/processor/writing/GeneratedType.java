package io.cursorkit.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Starts every generated class the same way: public final, {@code @Generated} with the
 * processor's name and no date (so that builds are reproducible), and its originating elements
 * (which incremental builds need).
 */
final class GeneratedType {
    static final String PROCESSOR = "io.cursorkit.processor.CursorkitProcessor";
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private GeneratedType() {}

    static TypeSpec.Builder classBuilder(ClassName name, boolean markGenerated, Element... origins) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        if (markGenerated) {
            type.addAnnotation(AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", PROCESSOR)
                    .build());
        }
        for (Element origin : origins) {
            type.addOriginatingElement(origin);
        }
        return type;
    }
}
