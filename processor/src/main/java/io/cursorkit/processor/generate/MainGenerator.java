package io.cursorkit.processor.generate;

import static io.cursorkit.processor.generate.RuntimeTypes.LAUNCHER;
import static io.cursorkit.processor.generate.RuntimeTypes.RUNNER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.cursorkit.processor.model.ConnectorModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the connector's main class. {@code spec} and {@code discover} are answered by {@code
 * Launcher} from the constants alone (javac inlines them), so they never load Jackson.
 */
final class MainGenerator {
    private final SourceWriter writer;

    MainGenerator(SourceWriter writer) {
        this.writer = writer;
    }

    void generate(ConnectorModel connector) {
        ClassName name = connector.mainClass();
        ClassName definition = connector.connectorClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc(
                        "Runs connector {@code $L}: {@code spec}, {@code check}, {@code discover}, {@code read}.\n",
                        connector.name())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
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
                        .build());
        writer.write(name.packageName(), type, List.of(connector.origin()));
    }
}
