package io.cursorkit.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * The stream's {@code read} method.
 *
 * @param shape what it returns
 * @param returnType the container type it is consumed as: {@code Iterable<R>}, {@code
 *     Iterator<R>} or {@code Stream<R>}
 * @param takesSlice whether its first parameter is the slice
 * @param takesSince whether it takes the {@code since} cursor (last parameter)
 */
public record ReadModel(Shape shape, TypeName returnType, boolean takesSlice, boolean takesSince) {
    /** The container {@code read} returns. */
    public enum Shape {
        ITERABLE,
        ITERATOR,
        STREAM
    }
}
