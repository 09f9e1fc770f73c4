package io.cursorkit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The state a stream owns ({@code @StreamState}), validated: its type, version and migrations.
 * Generation turns it into {@code <Stream>_OwnedState}.
 *
 * @param accessor the {@code @StreamState} method's name
 * @param type the state type, an {@code OBJECT} that generated code can create from JSON
 * @param version its {@code @StateVersion}, or 0 when it declares none
 * @param migrations the {@code @StateMigration} methods, each from a version below its target's;
 *     every chain ends at {@code version}
 */
public record OwnedStateModel(String accessor, TypeModel type, int version, List<Migration> migrations) {
    /** What a migration reads. */
    public enum Source {
        /** A state record of a version ({@code fromVersion}), read from JSON as that type. */
        TYPED,
        /** A state without a version, as the JSON object it is ({@code JsonNode}). */
        JSON,
        /** A state that is a bare value, read as a scalar ({@code fromVersion} is -1). */
        BARE
    }

    /**
     * One {@code @StateMigration} method.
     *
     * @param method its name, a static method of the stream class
     * @param source what its parameter reads
     * @param from the parameter's type model (for {@code JSON}, null)
     * @param fromVersion the version it migrates from: 0 for a state without one, -1 for a bare value
     * @param to the type it returns
     * @param toVersion that type's version, above {@code fromVersion}
     */
    public record Migration(
            String method, Source source, TypeModel from, int fromVersion, TypeName to, int toVersion) {}

    /** The migration from {@code version}, or null. */
    public Migration from(int fromVersion) {
        return migrations.stream()
                .filter(m -> m.source() != Source.BARE && m.fromVersion() == fromVersion)
                .findFirst()
                .orElse(null);
    }

    /** The migration from a bare value, or null. */
    public Migration fromBareValue() {
        return migrations.stream()
                .filter(m -> m.source() == Source.BARE)
                .findFirst()
                .orElse(null);
    }

    /** The state type's class. */
    public ClassName typeName() {
        return (ClassName) type.type();
    }
}
