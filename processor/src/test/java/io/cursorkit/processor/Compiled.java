package io.cursorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.cursorkit.runtime.spi.ConnectorDefinition;
import io.cursorkit.runtime.spi.GeneratedStream;
import io.cursorkit.runtime.spi.RecordWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * A successful compilation whose classes (the test inputs and the generated code) are loaded from
 * memory, so that generated code can be run against the real runtime.
 */
public final class Compiled extends ClassLoader {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Compilation compilation;

    private Compiled(Compilation compilation) {
        super(Compiled.class.getClassLoader());
        this.compilation = compilation;
    }

    static Compiled of(String directory, String... files) {
        return of(Sources.compile(Sources.files(directory, files)));
    }

    public static Compiled of(Compilation compilation) {
        assertThat(compilation).succeededWithoutWarnings();
        return new Compiled(compilation);
    }

    public Compilation compilation() {
        return compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path);
        if (file.isEmpty()) {
            throw new ClassNotFoundException(name);
        }
        try (InputStream in = file.get().openInputStream()) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    public Class<?> type(String name) {
        try {
            return loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not compiled: " + name, e);
        }
    }

    /** A new instance through the public no-arg constructor. */
    Object create(String name) {
        try {
            return type(name).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls a public static no-arg method, such as a test input's sample factory. */
    Object call(String type, String method) {
        try {
            return type(type).getMethod(method).invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A generated stream; the caller names its cursor type. */
    @SuppressWarnings("unchecked")
    <C extends Comparable<? super C>> GeneratedStream<Object, Object, Object, C, Object> stream(String name) {
        return (GeneratedStream<Object, Object, Object, C, Object>) create(name);
    }

    @SuppressWarnings("unchecked")
    public ConnectorDefinition<Object> connector(String name) {
        return (ConnectorDefinition<Object>) create(name);
    }

    @SuppressWarnings("unchecked")
    static String write(RecordWriter<?> writer, Object record) {
        return json(out -> ((RecordWriter<Object>) writer).write(record, out));
    }

    /** What {@code body} writes, as text. */
    static String json(Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a public no-arg accessor, such as a record component. */
    static Object get(Object target, String accessor) {
        try {
            return target.getClass().getMethod(accessor).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static List<Object> drain(java.util.Iterator<?> iterator) {
        List<Object> items = new java.util.ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }

    /** Writes JSON to a generator. */
    interface Body {
        void write(JsonGenerator out) throws IOException;
    }
}
