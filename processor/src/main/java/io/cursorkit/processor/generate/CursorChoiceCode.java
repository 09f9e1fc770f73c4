package io.cursorkit.processor.generate;

import static io.cursorkit.processor.generate.RuntimeTypes.CLOSEABLE_ITERATOR;
import static io.cursorkit.processor.generate.RuntimeTypes.CURSOR_CHOICE_STREAM;
import static io.cursorkit.processor.generate.RuntimeTypes.GENERATED_STREAM;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.cursorkit.processor.model.CursorChoiceModel;
import io.cursorkit.processor.model.CursorChoiceModel.Option;
import io.cursorkit.processor.model.StreamModel;
import io.cursorkit.processor.model.StreamModel.SliceModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The parts of {@code <Stream>_Stream} for a cursor the user chooses: the choices in its info, the
 * author's choice record built from {@code since} where {@code read} and {@code @Slices} take it,
 * and {@code withCursor}, which gives the stream for each other choice. The class itself stays the
 * stream with the default cursor, so a stream without a choice is generated as before.
 */
final class CursorChoiceCode {
    private CursorChoiceCode() {}

    /** The stream's choice, or null when its cursor is source defined (or it has none). */
    static CursorChoiceModel choice(StreamModel stream) {
        return stream.cursor() == null ? null : stream.cursor().choice();
    }

    /** {@code info} with the choices, when the user chooses the cursor. */
    static CodeBlock info(StreamModel stream, CodeBlock info) {
        CursorChoiceModel choice = choice(stream);
        if (choice == null) {
            return info;
        }
        CodeBlock names = choice.options().stream()
                .map(o -> CodeBlock.of("$S", o.property().jsonName()))
                .collect(CodeBlock.joining(", "));
        return CodeBlock.of("$L$W.withCursorChoices($T.of($L))", info, List.class, names);
    }

    /** What the author's method receives as since: {@code since}, or the default's choice record. */
    static CodeBlock since(StreamModel stream) {
        CursorChoiceModel choice = choice(stream);
        return choice == null ? CodeBlock.of("since") : since(choice.defaultOption());
    }

    private static CodeBlock since(Option option) {
        return CodeBlock.of("new $T(since)", option.record());
    }

    /** {@code withCursor(field)}: this stream for the default, a {@code CursorChoiceStream} for the others. */
    static MethodSpec withCursor(StreamModel stream, TypeName config, TypeName record, TypeName slice) {
        CursorChoiceModel choice = choice(stream);
        MethodSpec.Builder method = MethodSpec.methodBuilder("withCursor")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(
                        GENERATED_STREAM,
                        config,
                        stream.type(),
                        record,
                        WildcardTypeName.subtypeOf(Object.class),
                        slice))
                .addParameter(String.class, "field");
        method.beginControlFlow(
                        "if (field.equals($S))",
                        choice.defaultOption().property().jsonName())
                .addStatement("return this")
                .endControlFlow();
        for (Option option : choice.others()) {
            TypeName view = ParameterizedTypeName.get(
                    CURSOR_CHOICE_STREAM, config, stream.type(), record, option.cursorType(), slice);
            method.beginControlFlow("if (field.equals($S))", option.property().jsonName())
                    .addStatement(
                            "return new $T(\nthis,\n$S,\n$L,\n$L,\n$L,\n$T.INSTANCE)",
                            view,
                            option.property().jsonName(),
                            slices(stream, option),
                            read(stream, option),
                            CodeBlock.of(
                                    "record -> record.$L()", option.property().getter()),
                            stream.stateSerializerClass()
                                    .nestedClass(option.record().simpleName()))
                    .endControlFlow();
        }
        return method.addStatement("return null").build();
    }

    /** The slices of a sync with {@code option}'s cursor. */
    private static CodeBlock slices(StreamModel stream, Option option) {
        SliceModel slices = stream.slices();
        if (slices == null || !slices.takesSince()) {
            // the slices (or partitions) do not depend on since
            return CodeBlock.of("(stream, since) -> slices(stream, null)");
        }
        CodeBlock call = CodeBlock.of("stream.$L($L)", slices.method(), since(option));
        return slices.shape() == StreamModel.Shape.LIST
                ? CodeBlock.of("(stream, since) -> $L", call)
                : CodeBlock.of("(stream, since) -> $T.list($L)", CURSOR_CHOICE_STREAM, call);
    }

    /** The author's read, with {@code option}'s choice record. */
    private static CodeBlock read(StreamModel stream, Option option) {
        CodeBlock since = since(option);
        CodeBlock arguments = stream.read().takesSlice() ? CodeBlock.of("slice, $L", since) : since;
        return CodeBlock.of(
                "(stream, slice, since) -> $T.of(stream.$L($L))",
                CLOSEABLE_ITERATOR,
                stream.read().method(),
                arguments);
    }
}
