package io.cursorkit.processor.model;

import java.util.List;

/**
 * The version of the state cursorkit keeps for a stream's {@code @CursorField} ({@code @StateVersion}
 * on the stream class), validated, and the {@code @StateMigration} methods that turn an older
 * state's cursor into the current one. Generation puts both into {@code <Stream>_StateSerializer}.
 *
 * @param version the stream's {@code @StateVersion}, at least 1
 * @param migrations one per older version, each from a version below {@code version}
 */
public record CursorVersionModel(int version, List<Migration> migrations) {
    /**
     * One {@code @StateMigration} method of the stream class, returning the cursor's type.
     *
     * @param method its name, a public static method of the stream class
     * @param wholeState whether it reads the whole state ({@code JsonNode}) rather than each cursor value
     * @param from the scalar parameter's type model; null when {@code wholeState}
     * @param fromVersion the version of the states it reads: 0 for states without one
     */
    public record Migration(String method, boolean wholeState, TypeModel from, int fromVersion) {}
}
