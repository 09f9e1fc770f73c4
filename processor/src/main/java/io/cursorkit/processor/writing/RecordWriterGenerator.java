package io.cursorkit.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.cursorkit.processor.model.StreamModel;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/** Generates {@code <Stream>_RecordWriter}: writes a record as one JSON object, without reflection. */
final class RecordWriterGenerator {
    static final ClassName RECORD_WRITER = ClassName.get("io.cursorkit.runtime.internal", "RecordWriter");

    private final boolean markGenerated;

    RecordWriterGenerator(boolean markGenerated) {
        this.markGenerated = markGenerated;
    }

    TypeSpec generate(StreamModel stream) {
        ClassName self = stream.recordWriter();
        Helpers helpers = new Helpers();
        JsonWriting writing = new JsonWriting(helpers);
        TypeSpec.Builder type = GeneratedType.classBuilder(self, markGenerated, stream.origin())
                .addJavadoc(
                        "Writes a {@link $T} of stream {@code $L} as one JSON object.\n",
                        stream.record().javaType(),
                        stream.name())
                .addSuperinterface(
                        ParameterizedTypeName.get(RECORD_WRITER, stream.record().javaType()))
                .addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", self)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        MethodSpec write = MethodSpec.methodBuilder("write")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(stream.record().javaType(), "record")
                .addParameter(JsonWriting.JSON_GENERATOR, "out")
                .addException(IOException.class)
                .addCode(writing.writeObject(stream.record(), "record"))
                .build();
        type.addMethod(write);
        helpers.addTo(type);
        return type.build();
    }
}
