package io.cursorkit.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.cursorkit.processor.model.ConnectorModel;
import io.cursorkit.processor.model.StreamModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates the connector's main class. {@code spec} and {@code discover} are answered by {@code
 * Launcher} from the constants, before anything loads Jackson or the connector's classes.
 */
final class MainGenerator {
    private static final ClassName LAUNCHER = ClassName.get("io.cursorkit.runtime.internal", "Launcher");
    private static final ClassName RUNNER = ClassName.get("io.cursorkit.runtime.internal", "Runner");

    private final boolean markGenerated;

    MainGenerator(boolean markGenerated) {
        this.markGenerated = markGenerated;
    }

    TypeSpec generate(ConnectorModel connector, List<StreamModel> streams) {
        List<Element> origins = new ArrayList<>();
        origins.add(connector.origin());
        streams.forEach(s -> origins.add(s.origin()));
        ClassName definition = connector.definitionClass();
        return GeneratedType.classBuilder(connector.mainClass(), markGenerated, origins.toArray(new Element[0]))
                .addJavadoc(
                        "Runs the connector {@code $L}: {@code spec}, {@code check}, {@code discover}, {@code read}.\n",
                        connector.name())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("main")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(String[].class, "args")
                        .addStatement(
                                "int status = $T.runStatic(args, $T.SPEC_JSON, $T.CATALOG_JSON)",
                                LAUNCHER,
                                definition,
                                definition)
                        .beginControlFlow("if (status < 0)")
                        .addStatement("status = $T.run(args, new $T())", RUNNER, definition)
                        .endControlFlow()
                        .addStatement("$T.exit(status)", System.class)
                        .build())
                .build();
    }
}
