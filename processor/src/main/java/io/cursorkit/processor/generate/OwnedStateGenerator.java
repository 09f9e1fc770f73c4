package io.cursorkit.processor.generate;

import static io.cursorkit.processor.generate.RuntimeTypes.CLOSEABLE_ITERATOR;
import static io.cursorkit.processor.generate.RuntimeTypes.CONFIG_EXCEPTION;
import static io.cursorkit.processor.generate.RuntimeTypes.JSON_VALUES;
import static io.cursorkit.processor.generate.RuntimeTypes.OWNED_STATE;
import static io.cursorkit.processor.generate.RuntimeTypes.STATE_VALUES;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.cursorkit.processor.model.OwnedStateModel;
import io.cursorkit.processor.model.OwnedStateModel.Migration;
import io.cursorkit.processor.model.PropertyModel;
import io.cursorkit.processor.model.StreamModel;
import io.cursorkit.processor.model.StreamModel.SliceModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Stream>_OwnedState} for a stream with {@code @StreamState}: the calls of {@code
 * read} and {@code @Slices} that pass the state, the state type's JSON writer (its properties, beside
 * what cursorkit keeps) and reader (through {@code StateValues}, so a message names the property and
 * what it should be), and {@code decode}, which applies the {@code @StateMigration}s in version order
 * before reading the current type. No reflection.
 */
final class OwnedStateGenerator {
    private final SourceWriter writer;

    OwnedStateGenerator(SourceWriter writer) {
        this.writer = writer;
    }

    void generate(StreamModel stream) {
        OwnedStateModel state = stream.ownedState();
        ClassName name = stream.ownedStateClass();
        TypeName slice = RuntimeTypes.sliceType(stream);
        TypeName record = stream.record().type();
        ClassName stateType = state.typeName();
        ConfigParserGenerator readers = new ConfigParserGenerator(STATE_VALUES);
        JsonWriteCode write = new JsonWriteCode();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc(
                        "The state stream {@code $L} owns, {@link $T}: read and written as JSON, migrated from older"
                                + " versions.\n",
                        stream.name(),
                        stateType)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(OWNED_STATE, stream.type(), slice, record, stateType))
                .addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", name)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(override("version")
                        .returns(int.class)
                        .addStatement("return $L", state.version())
                        .build())
                .addMethod(override("current")
                        .returns(stateType)
                        .addParameter(stream.type(), "stream")
                        .addStatement("return stream.$L()", state.accessor())
                        .build())
                .addMethod(slices(stream, slice, stateType))
                .addMethod(read(stream, record, slice, stateType))
                .addMethod(override("write")
                        .addParameter(stateType, "value")
                        .addParameter(JsonGenerator.class, "out")
                        .addException(IOException.class)
                        .addCode(write.writeProperties(state.type().object(), "value"))
                        .build())
                .addMethod(decode(stream, state, readers));
        TreeSet<Integer> steps = new TreeSet<>();
        for (Migration migration : state.migrations()) {
            // several migrations may lead to one version (a legacy blob and a bare value, say)
            if (migration.toVersion() != state.version() && steps.add(migration.toVersion())) {
                type.addMethod(migrateFrom(stream, state, migration.toVersion(), migration.to()));
            }
        }
        readers.addReadersTo(type);
        type.addFields(write.fields()).addMethods(write.methods());
        writer.write(name.packageName(), type, List.of(stream.origin()));
    }

    private static MethodSpec slices(StreamModel stream, TypeName slice, TypeName stateType) {
        MethodSpec.Builder method = override("slices")
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), slice))
                .addParameter(stream.type(), "stream")
                .addParameter(stateType, "state")
                .addException(Exception.class);
        SliceModel slices = stream.slices();
        if (slices == null) {
            return method.addStatement("return $T.singletonList(null)", Collections.class)
                    .build();
        }
        CodeBlock call = CodeBlock.of("stream.$L($L)", slices.method(), slices.takesSince() ? "state" : "");
        return StreamGenerator.collect(method, call, slices.shape(), slice).build();
    }

    private static MethodSpec read(StreamModel stream, TypeName record, TypeName slice, TypeName stateType) {
        List<String> arguments = new ArrayList<>();
        if (stream.read().takesSlice()) {
            arguments.add("slice");
        }
        if (stream.read().takesSince()) {
            arguments.add("state");
        }
        return override("read")
                .returns(ParameterizedTypeName.get(CLOSEABLE_ITERATOR, record))
                .addParameter(stream.type(), "stream")
                .addParameter(slice, "slice")
                .addParameter(stateType, "state")
                .addException(Exception.class)
                .addStatement(
                        "return $T.of(stream.$L($L))",
                        CLOSEABLE_ITERATOR,
                        stream.read().method(),
                        String.join(", ", arguments))
                .build();
    }

    /**
     * {@code decode(blob, version)}: a bare value through the migration from one; an object by the
     * version it carries, through the migration from that version, else read as the current type
     * (the current version, or a state without a version when no migration reads those).
     */
    private static MethodSpec decode(StreamModel stream, OwnedStateModel state, ConfigParserGenerator readers) {
        CodeBlock warnings = CodeBlock.of("ignored -> {}");
        MethodSpec.Builder method = override("decode")
                .returns(state.typeName())
                .addParameter(JsonNode.class, "blob")
                .addParameter(int.class, "version")
                .addException(Exception.class)
                .beginControlFlow("if (!blob.isObject())");
        Migration bare = state.fromBareValue();
        if (bare != null) {
            method.addComment("a bare value, such as a token saved on its own")
                    .addStatement(
                            "return $L",
                            onward(
                                    stream,
                                    state,
                                    bare,
                                    CodeBlock.of(
                                            "$T.value(blob, $S, false, $L)",
                                            STATE_VALUES,
                                            "",
                                            readers.scalarReader(bare.from()))));
        } else {
            method.addStatement(
                    "throw new $T($S + $T.describe(blob))",
                    CONFIG_EXCEPTION,
                    "the state must be " + describe(state) + ", found ",
                    JSON_VALUES);
        }
        method.endControlFlow().beginControlFlow("switch (version)");
        String current = readers.readerOf(state.type().object());
        TreeSet<Integer> read = new TreeSet<>();
        List<Migration> byVersion = new ArrayList<>(state.migrations());
        byVersion.sort(java.util.Comparator.comparingInt(Migration::fromVersion));
        for (Migration migration : byVersion) {
            if (migration.source() == OwnedStateModel.Source.BARE) {
                continue;
            }
            CodeBlock from = migration.source() == OwnedStateModel.Source.JSON
                    ? CodeBlock.of("blob")
                    : CodeBlock.of(
                            "$N(blob, $S, $L)",
                            readers.readerOf(migration.from().object()),
                            "",
                            warnings);
            method.addStatement("case $L: return $L", migration.fromVersion(), onward(stream, state, migration, from));
            read.add(migration.fromVersion());
        }
        read.add(state.version());
        if (state.version() > 0 && state.from(0) == null) {
            // a state from before the version was declared: the same type, so far as nothing says otherwise
            method.addCode("case 0:\n");
            read.add(0);
        }
        method.addStatement("case $L: return $N(blob, $S, $L)", state.version(), current, "", warnings)
                .addStatement(
                        "default: throw new $T($S + version + $S)",
                        CONFIG_EXCEPTION,
                        "no @StateMigration of this release reads version ",
                        " (it reads versions "
                                + read.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                .endControlFlow();
        return method.build();
    }

    /** {@code migrateFrom<k>(Vk state)}: applies the migrations from version k on, to the current version. */
    private static MethodSpec migrateFrom(StreamModel stream, OwnedStateModel state, int version, TypeName type) {
        Migration next = state.from(version);
        return MethodSpec.methodBuilder("migrateFrom" + version)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(state.typeName())
                .addParameter(type, "state")
                .addException(Exception.class)
                .addStatement("return state == null ? null : $L", onward(stream, state, next, CodeBlock.of("state")))
                .build();
    }

    /** Applies {@code migration} to {@code from}, then the ones after it. */
    private static CodeBlock onward(StreamModel stream, OwnedStateModel state, Migration migration, CodeBlock from) {
        CodeBlock migrated = CodeBlock.of("$T.$L($L)", stream.type(), migration.method(), from);
        return migration.toVersion() == state.version()
                ? migrated
                : CodeBlock.of("migrateFrom$L($L)", migration.toVersion(), migrated);
    }

    private static String describe(OwnedStateModel state) {
        return "an object with the properties "
                + state.type().object().visible().stream()
                        .map(PropertyModel::jsonName)
                        .collect(Collectors.joining(", "));
    }

    private static MethodSpec.Builder override(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }
}
