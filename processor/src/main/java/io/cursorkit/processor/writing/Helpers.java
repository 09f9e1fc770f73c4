package io.cursorkit.processor.writing;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The private static fields and methods one generated class needs, each added once, in the order
 * first asked for, so that generated code is deterministic.
 */
final class Helpers {
    private final Map<String, MethodSpec> methods = new LinkedHashMap<>();
    private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
    private int counter;

    /** The helper method {@code name}, built by {@code body} the first time it is asked for. */
    String method(String name, Supplier<MethodSpec> body) {
        if (!methods.containsKey(name)) {
            methods.put(name, null);
            methods.put(name, body.get());
        }
        return name;
    }

    /** The constant field {@code name}, built by {@code spec} the first time it is asked for. */
    String field(String name, Supplier<FieldSpec> spec) {
        fields.computeIfAbsent(name, n -> spec.get());
        return name;
    }

    boolean hasField(String name) {
        return fields.containsKey(name);
    }

    /** A fresh local variable name: {@code item0}, {@code item1}. */
    String local(String prefix) {
        return prefix + counter++;
    }

    void addTo(TypeSpec.Builder type) {
        type.addFields(fields.values());
        type.addMethods(methods.values());
    }
}
