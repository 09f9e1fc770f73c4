package io.cursorkit.processor.scan;

/**
 * Thrown while reading an element that refers to a type javac cannot resolve yet, perhaps because
 * another processor generates it in a later round. The element is retried in the next round.
 */
final class Deferral extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Deferral(String typeName) {
        super(typeName, null, false, false);
    }

    /** The type that could not be resolved, as javac prints it. */
    String typeName() {
        return getMessage();
    }
}
