package io.cursorkit.runtime.spi;

import java.util.Iterator;
import java.util.Objects;

/**
 * What a stream's {@code read} method returned, as the runtime consumes it: iterated once, then
 * closed on every path, failures included.
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {

    /** Releases what the connector's code opened; user code may throw anything here. */
    @Override
    void close() throws Exception;

    /** Adapts a {@code java.util.stream.Stream}; closing closes the stream (and its handlers). */
    static <T> CloseableIterator<T> of(java.util.stream.Stream<T> stream) {
        Objects.requireNonNull(stream, "read returned null");
        return new Adapter<>(stream.iterator(), stream);
    }

    /**
     * Adapts an {@code Iterable}; closing closes the iterator if it is {@link AutoCloseable}, and
     * else the iterable if that is.
     */
    static <T> CloseableIterator<T> of(Iterable<T> iterable) {
        Objects.requireNonNull(iterable, "read returned null");
        Iterator<T> iterator = iterable.iterator();
        AutoCloseable closer =
                iterator instanceof AutoCloseable c ? c : iterable instanceof AutoCloseable c2 ? c2 : null;
        return new Adapter<>(iterator, closer);
    }

    /** Adapts an {@code Iterator}; closing closes it if it is {@link AutoCloseable}. */
    static <T> CloseableIterator<T> of(Iterator<T> iterator) {
        Objects.requireNonNull(iterator, "read returned null");
        return new Adapter<>(iterator, iterator instanceof AutoCloseable c ? c : null);
    }

    /** The one implementation behind the factories. */
    final class Adapter<T> implements CloseableIterator<T> {
        private final Iterator<T> iterator;
        private final AutoCloseable closer;

        Adapter(Iterator<T> iterator, AutoCloseable closer) {
            this.iterator = iterator;
            this.closer = closer;
        }

        @Override
        public boolean hasNext() {
            return iterator.hasNext();
        }

        @Override
        public T next() {
            return iterator.next();
        }

        @Override
        public void close() throws Exception {
            if (closer != null) {
                closer.close();
            }
        }
    }
}
