package io.cursorkit.processor.model;

/**
 * The {@code @Slices} method of a stream.
 *
 * @param methodName its name
 * @param shape what it returns
 * @param takesSince whether it takes the {@code since} cursor
 * @param sliceType the slice type {@code S}
 */
public record SliceModel(String methodName, Shape shape, boolean takesSince, JsonType sliceType) {
    /** The container the method returns. */
    public enum Shape {
        LIST,
        ITERABLE,
        STREAM
    }
}
