package io.cursorkit.processor.generate;

import static io.cursorkit.processor.generate.RuntimeTypes.RECORD_WRITER;

import com.fasterxml.jackson.core.JsonGenerator;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.cursorkit.processor.model.StreamModel;
import java.io.IOException;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Generates {@code <Stream>_RecordWriter}: a record as JSON, without reflection. */
final class RecordWriterGenerator {
    private final SourceWriter writer;

    RecordWriterGenerator(SourceWriter writer) {
        this.writer = writer;
    }

    void generate(StreamModel stream) {
        ClassName name = stream.recordWriterClass();
        ClassName record = stream.record().type();
        JsonWriteCode code = new JsonWriteCode();
        MethodSpec write = MethodSpec.methodBuilder("write")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(record, "record")
                .addParameter(JsonGenerator.class, "out")
                .addException(IOException.class)
                .addCode(code.writeObject(stream.record(), "record"))
                .build();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addJavadoc("Writes a {@link $T} of stream {@code $L} as JSON.\n", record, stream.name())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RECORD_WRITER, record))
                .addField(com.palantir.javapoet.FieldSpec.builder(
                                name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", name)
                        .build())
                .addFields(code.fields())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(write)
                .addMethods(code.methods());
        writer.write(name.packageName(), type, List.of(stream.origin()));
    }
}
