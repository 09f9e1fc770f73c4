package io.cursorkit.runtime.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * An output stream that hands each complete line to a sink, decoded as UTF-8 and without its line
 * end. Each thread has its own line buffer, so that lines printed by several threads at once never
 * mix. A line without a line end is handed over on {@link #close}, or on {@link #flush} by the
 * thread that wrote it.
 */
final class LineOutputStream extends OutputStream {
    private static final int MAX_LINE = 1 << 20;

    private final Consumer<String> sink;
    private final ThreadLocal<ByteArrayOutputStream> lines = ThreadLocal.withInitial(ByteArrayOutputStream::new);

    LineOutputStream(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void write(int b) {
        ByteArrayOutputStream line = lines.get();
        if (b == '\n') {
            emit(line);
        } else {
            line.write(b);
            if (line.size() >= MAX_LINE) {
                emit(line);
            }
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ByteArrayOutputStream line = lines.get();
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (b[i] == '\n') {
                line.write(b, start, i - start);
                emit(line);
                start = i + 1;
            }
        }
        line.write(b, start, end - start);
        if (line.size() >= MAX_LINE) {
            emit(line);
        }
    }

    @Override
    public void flush() {
        ByteArrayOutputStream line = lines.get();
        if (line.size() > 0) {
            emit(line);
        }
    }

    @Override
    public void close() {
        flush();
    }

    private void emit(ByteArrayOutputStream line) {
        int size = line.size();
        byte[] bytes = line.toByteArray();
        line.reset();
        if (size > 0 && bytes[size - 1] == '\r') {
            size--;
        }
        sink.accept(new String(bytes, 0, size, StandardCharsets.UTF_8));
    }
}
