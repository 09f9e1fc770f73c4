package io.cursorkit.processor.generate;

import static io.cursorkit.processor.generate.RuntimeTypes.STATE_SERIALIZER;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.cursorkit.processor.model.CursorVersionModel;
import io.cursorkit.processor.model.CursorVersionModel.Migration;
import io.cursorkit.processor.model.StreamModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The part of {@code <Stream>_StateSerializer} for a cursor stream with {@code @StateVersion}: its
 * {@code version()}, and {@code migrationFrom}/{@code migrate}, one {@code case} per
 * {@code @StateMigration} in version order, calling the author's static method with the value read
 * as its parameter's type.
 */
final class CursorVersionCode {
    private CursorVersionCode() {}

    static void add(TypeSpec.Builder type, StreamModel stream, TypeName cursor, JsonReadCode read) {
        CursorVersionModel versions = stream.cursor().versions();
        ClassName migrationKind = STATE_SERIALIZER.nestedClass("Migration");
        List<Migration> migrations = new ArrayList<>(versions.migrations());
        migrations.sort(Comparator.comparingInt(Migration::fromVersion));
        type.addMethod(override("version")
                .returns(int.class)
                .addStatement("return $L", versions.version())
                .build());
        MethodSpec.Builder from = override("migrationFrom")
                .returns(migrationKind)
                .addParameter(int.class, "version")
                .beginControlFlow("switch (version)");
        MethodSpec.Builder migrate = override("migrate")
                .returns(cursor)
                .addParameter(JsonNode.class, "value")
                .addParameter(int.class, "version")
                .addException(Exception.class)
                .beginControlFlow("switch (version)");
        for (Migration migration : migrations) {
            from.addStatement(
                    "case $L: return $T.$L",
                    migration.fromVersion(),
                    migrationKind,
                    migration.wholeState() ? "STATE" : "CURSOR");
            CodeBlock argument =
                    migration.wholeState() ? CodeBlock.of("value") : read.read(migration.from(), CodeBlock.of("value"));
            migrate.addStatement(
                    "case $L: return $T.$L($L)", migration.fromVersion(), stream.type(), migration.method(), argument);
        }
        from.addComment("read as the current form")
                .addStatement("default: return $T.NONE", migrationKind)
                .endControlFlow();
        migrate.addStatement(
                        "default: throw new $T($S + version)",
                        IllegalStateException.class,
                        "no migration from version ")
                .endControlFlow();
        type.addMethod(from.build()).addMethod(migrate.build());
    }

    private static MethodSpec.Builder override(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }
}
