package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * Builds compact JSON texts one after another with one generator over one reused buffer, for a
 * text made often: a STATE's {@code stream_state} and its partitions' entries, every few hundred
 * records. A fresh generator per text (its context, buffers and writer) cost more than the text,
 * and its creation, inlined into each caller, made the JIT's work on them several times larger.
 *
 * <p>Rules: {@link #start}, write exactly one JSON value, {@link #finish}; the texts are as {@link
 * JsonTrees#FACTORY}'s generators write them. A text whose writing failed is dropped with the
 * generator ({@link #abandon}), so that the next one starts clean. Not thread safe: one owner, or
 * the lock that guards the owner.
 */
final class JsonText {
    private final Chars chars = new Chars();
    private JsonGenerator generator;

    /** The generator to write the next text with. */
    JsonGenerator start() throws IOException {
        if (generator == null) {
            generator = JsonTrees.FACTORY.createGenerator(chars);
            generator.setRootValueSeparator(null);
        }
        chars.text.setLength(0);
        return generator;
    }

    /** The text written since {@link #start}. */
    String finish() throws IOException {
        generator.flush();
        return chars.text.toString();
    }

    /** Drops a text whose writing failed, and the generator whose context it left half way. */
    void abandon() {
        generator = null;
        chars.text.setLength(0);
    }

    /** The generator's target: a {@link StringBuilder}, without {@code StringWriter}'s locking. */
    private static final class Chars extends Writer {
        final StringBuilder text = new StringBuilder(256);

        @Override
        public void write(char[] buffer, int offset, int length) {
            text.append(buffer, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
