package io.cursorkit.processor.scan;

/**
 * Thrown while reading an element that refers to a type javac cannot resolve yet, perhaps because
 * another processor generates it in a later round. Whoever reads elements throws it at the first
 * unresolved type, before reporting anything; the round driver catches it and retries the element
 * in the next round, or reports the type as unresolved after the last one.
 */
public final class Deferral extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A deferral for the unresolved type, as javac prints it. */
    public Deferral(String typeName) {
        super(typeName, null, false, false);
    }

    /** The type that could not be resolved, as javac prints it. */
    public String typeName() {
        return getMessage();
    }
}
