package io.cursorkit.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.cursorkit.processor.model.CursorModel;
import io.cursorkit.processor.model.SliceModel;
import io.cursorkit.processor.model.StreamModel;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/** Generates {@code <Stream>_StateSerializer}: the cursor and slice in their JSON forms. */
final class StateSerializerGenerator {
    static final ClassName STATE_SERIALIZER = ClassName.get("io.cursorkit.runtime.internal", "StateSerializer");
    static final ClassName NO_CURSOR = ClassName.get("io.cursorkit.runtime.internal", "NoCursor");

    private final boolean markGenerated;

    StateSerializerGenerator(boolean markGenerated) {
        this.markGenerated = markGenerated;
    }

    static TypeName cursorType(StreamModel stream) {
        return stream.cursor().map(CursorModel::boxedType).orElse(NO_CURSOR);
    }

    static TypeName sliceType(StreamModel stream) {
        return stream.slices().map(s -> s.sliceType().javaType().box()).orElse(ClassName.get(Void.class));
    }

    TypeSpec generate(StreamModel stream) {
        ClassName self = stream.stateSerializer();
        Helpers helpers = new Helpers();
        JsonWriting writing = new JsonWriting(helpers);
        JsonReading reading = new JsonReading(helpers);
        TypeName cursor = cursorType(stream);
        TypeName slice = sliceType(stream);
        TypeSpec.Builder type = GeneratedType.classBuilder(self, markGenerated, stream.origin())
                .addJavadoc("Writes and reads the cursor and slice of stream {@code $L}.\n", stream.name())
                .addSuperinterface(ParameterizedTypeName.get(STATE_SERIALIZER, cursor, slice))
                .addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", self)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());

        MethodSpec.Builder writeCursor = method("writeCursor")
                .addParameter(cursor, "cursor")
                .addParameter(JsonWriting.JSON_GENERATOR, "out")
                .addException(IOException.class);
        MethodSpec.Builder readCursor = method("readCursor")
                .returns(cursor)
                .addParameter(JsonReading.JSON_NODE, "value")
                .addException(JsonReading.JSON_VALUE_EXCEPTION);
        MethodSpec.Builder description = method("cursorDescription").returns(String.class);
        if (stream.cursor().isPresent()) {
            CursorModel model = stream.cursor().get();
            writeCursor.addCode(writing.writeNonNull(model.type(), CodeBlock.of("cursor")));
            readCursor.addStatement("return $L", reading.read(model.type(), CodeBlock.of("value")));
            description.addStatement("return $L", JsonReading.expected(model.type()));
        } else {
            String message = "stream " + stream.name() + " has no cursor";
            writeCursor.addStatement("throw new $T($S)", IllegalStateException.class, message);
            readCursor.addStatement("throw new $T($S)", IllegalStateException.class, message);
            description.addStatement("return $S", "nothing: " + message);
        }
        MethodSpec.Builder writeSlice = method("writeSlice")
                .addParameter(slice, "slice")
                .addParameter(JsonWriting.JSON_GENERATOR, "out")
                .addException(IOException.class);
        if (stream.slices().isPresent()) {
            SliceModel model = stream.slices().get();
            writeSlice.addCode(writing.writeNonNull(model.sliceType(), CodeBlock.of("slice")));
        } else {
            writeSlice.addStatement(
                    "throw new $T($S)", IllegalStateException.class, "stream " + stream.name() + " has no slices");
        }
        type.addMethod(writeCursor.build())
                .addMethod(readCursor.build())
                .addMethod(description.build())
                .addMethod(writeSlice.build());
        helpers.addTo(type);
        return type.build();
    }

    private static MethodSpec.Builder method(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }
}
