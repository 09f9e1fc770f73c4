package io.cursorkit.processor.writing;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The initializer of a String constant holding JSON. A class file holds a constant of at most
 * 65535 bytes (modified UTF-8); a longer text is joined at class initialization from chunks
 * that each fit, and is then not a compile-time constant.
 */
final class JsonConstants {
    static final int MAX_CONSTANT_BYTES = 65535;
    private static final int CHUNK_BYTES = 60000;

    private JsonConstants() {}

    static CodeBlock initializer(String text) {
        return initializer(text, MAX_CONSTANT_BYTES);
    }

    /** Visible for tests, which lower {@code limit} to exercise the chunked form. */
    static CodeBlock initializer(String text, int limit) {
        if (modifiedUtf8Length(text) <= limit) {
            return CodeBlock.of("$S", text);
        }
        List<CodeBlock> chunks = new ArrayList<>();
        for (String chunk : chunks(text, Math.min(limit, CHUNK_BYTES))) {
            chunks.add(CodeBlock.of("$S", chunk));
        }
        return CodeBlock.of("$T.join($S,\n$>$L)$<", String.class, "", CodeBlock.join(chunks, ",\n"));
    }

    static List<String> chunks(String text, int maxBytes) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = bytes(text.charAt(i));
            boolean splitsPair = i > start && Character.isLowSurrogate(text.charAt(i));
            if (bytes + size > maxBytes && !splitsPair) {
                chunks.add(text.substring(start, i));
                start = i;
                bytes = 0;
            }
            bytes += size;
        }
        chunks.add(text.substring(start));
        return chunks;
    }

    static int modifiedUtf8Length(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            length += bytes(text.charAt(i));
        }
        return length;
    }

    private static int bytes(char c) {
        if (c >= 0x0001 && c <= 0x007F) {
            return 1;
        }
        return c <= 0x07FF ? 2 : 3;
    }
}
