package io.cursorkit.processor.generate;

import static io.cursorkit.processor.generate.RuntimeTypes.JSON_VALUE_EXCEPTION;
import static io.cursorkit.processor.generate.RuntimeTypes.STATE_SERIALIZER;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.cursorkit.processor.model.CursorChoiceModel;
import io.cursorkit.processor.model.StreamModel;
import io.cursorkit.processor.model.TypeModel;
import java.io.IOException;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code <Stream>_StateSerializer}: the cursor in its record JSON form, and the slice in
 * its JSON form (or its {@code toString()} as a string for types that have none).
 */
final class StateSerializerGenerator {
    private final SourceWriter writer;

    StateSerializerGenerator(SourceWriter writer) {
        this.writer = writer;
    }

    void generate(StreamModel stream) {
        ClassName name = stream.stateSerializerClass();
        TypeName cursor = RuntimeTypes.cursorType(stream);
        TypeName slice = RuntimeTypes.sliceType(stream);
        JsonWriteCode write = new JsonWriteCode();
        JsonReadCode read = new JsonReadCode();
        MethodSpec.Builder writeCursor = override("writeCursor")
                .addParameter(cursor, "cursor")
                .addParameter(JsonGenerator.class, "out")
                .addException(IOException.class);
        MethodSpec.Builder readCursor = override("readCursor")
                .returns(cursor)
                .addParameter(JsonNode.class, "value")
                .addException(JSON_VALUE_EXCEPTION);
        MethodSpec.Builder description = override("cursorDescription").returns(String.class);
        if (stream.position() == null) {
            writeCursor
                    .addComment("a full refresh stream has no cursor: nothing to write but null")
                    .addStatement("out.writeNull()");
            readCursor.addComment("a full refresh stream ignores its state").addStatement("return null");
            description.addStatement("return $S", "nothing: the stream has no cursor");
        } else {
            // the cursor, or the primary key a resumable full refresh stream resumes after
            TypeModel type = stream.position().type();
            writeCursor.addCode(write.writeNonNull(type, "cursor"));
            readCursor.addStatement("return $L", read.read(type, CodeBlock.of("value")));
            description.addStatement("return $L", JsonReadCode.description(type));
        }
        MethodSpec.Builder writeSlice = override("writeSlice")
                .addParameter(slice, "slice")
                .addParameter(JsonGenerator.class, "out")
                .addException(IOException.class);
        if (stream.slices() == null) {
            writeSlice.addStatement("out.writeNull()");
        } else if (stream.slices().json() == null) {
            writeSlice
                    .addComment("$T has no JSON form: its text identifies it", slice)
                    .addStatement("out.writeString(slice.toString())");
        } else {
            writeSlice.addCode(write.writeNonNull(stream.slices().json(), "slice"));
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("Reads and writes the cursor and slice of stream {@code $L}.\n", stream.name())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(STATE_SERIALIZER, cursor, slice))
                .addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", name)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(writeCursor.build())
                .addMethod(readCursor.build())
                .addMethod(description.build())
                .addMethod(writeSlice.build());
        if (stream.cursor() != null && stream.cursor().versions() != null) {
            CursorVersionCode.add(type, stream, cursor, read);
        }
        type.addFields(write.fields()).addMethods(write.methods()).addMethods(read.methods());
        if (stream.cursor() != null && stream.cursor().choice() != null) {
            for (CursorChoiceModel.Option option : stream.cursor().choice().others()) {
                type.addType(choice(stream, option, slice));
            }
        }
        writer.write(name.packageName(), type, List.of(stream.origin()));
    }

    /**
     * The serializer of a cursor the user may choose instead of the default, nested in the stream's
     * serializer and named after its option: its own cursor, and the stream's slices.
     */
    private static TypeSpec choice(StreamModel stream, CursorChoiceModel.Option option, TypeName slice) {
        ClassName name =
                stream.stateSerializerClass().nestedClass(option.record().simpleName());
        TypeName cursor = option.cursorType();
        TypeModel type = option.property().type();
        JsonWriteCode write = new JsonWriteCode();
        JsonReadCode read = new JsonReadCode();
        return TypeSpec.classBuilder(name)
                .addJavadoc(
                        "The cursor {@code $L}, for a sync whose user chose it ({@link $T}).\n",
                        option.property().jsonName(),
                        option.record())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(STATE_SERIALIZER, cursor, slice))
                .addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", name)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(override("writeCursor")
                        .addParameter(cursor, "cursor")
                        .addParameter(JsonGenerator.class, "out")
                        .addException(IOException.class)
                        .addCode(write.writeNonNull(type, "cursor"))
                        .build())
                .addMethod(override("readCursor")
                        .returns(cursor)
                        .addParameter(JsonNode.class, "value")
                        .addException(JSON_VALUE_EXCEPTION)
                        .addStatement("return $L", read.read(type, CodeBlock.of("value")))
                        .build())
                .addMethod(override("cursorDescription")
                        .returns(String.class)
                        .addStatement("return $L", JsonReadCode.description(type))
                        .build())
                .addMethod(override("writeSlice")
                        .addParameter(slice, "slice")
                        .addParameter(JsonGenerator.class, "out")
                        .addException(IOException.class)
                        .addStatement("$T.INSTANCE.writeSlice(slice, out)", stream.stateSerializerClass())
                        .build())
                .addFields(write.fields())
                .addMethods(write.methods())
                .addMethods(read.methods())
                .build();
    }

    private static MethodSpec.Builder override(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }
}
