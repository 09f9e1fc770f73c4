package io.cursorkit.processor.reading;

/**
 * An element refers to a type that does not exist yet, perhaps because another processor
 * generates it in a later round; the element is read again in the next round.
 */
public final class TypeNotReadyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String typeName;

    TypeNotReadyException(String typeName) {
        super(typeName, null, false, false);
        this.typeName = typeName;
    }

    /** The unresolved type as written. */
    public String typeName() {
        return typeName;
    }
}
