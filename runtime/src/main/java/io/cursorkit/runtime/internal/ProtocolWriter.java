package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import io.cursorkit.runtime.spi.RecordWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes Airbyte protocol messages to stdout, one compact JSON object per line, through one
 * {@link JsonGenerator} with pre-encoded names. STATE and TRACE messages, and {@link #flush},
 * push the bytes out at once; records are buffered.
 *
 * <p>The thread that creates the writer owns it: it writes every message. Lines logged from other
 * threads ({@link #logFromAnyThread}) are queued and written by the owner at its next message
 * boundary, so they never land inside a record and the record path needs no lock. A message
 * whose writing fails half way is taken back whole ({@link MessageBuffer}).
 *
 * <p>In a concurrent read ({@link ConcurrentRead}) each reading thread owns a writer of its own whose
 * bytes go to an {@link OutputChannel} in buffers that end at a message's end, and every LOG line
 * goes straight to the channel; the command's writer is {@linkplain #divert diverted} to the same
 * channel meanwhile.
 *
 * <p>Text in LOG, TRACE and CONNECTION_STATUS messages passes through the {@link SecretMasker}.
 */
final class ProtocolWriter {
    /** A part of a message that the caller writes, such as a record or a stream state. */
    interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString RECORD = new SerializedString("RECORD");
    private static final SerializedString RECORD_FIELD = new SerializedString("record");
    private static final SerializedString STREAM = new SerializedString("stream");
    private static final SerializedString NAMESPACE = new SerializedString("namespace");
    private static final SerializedString DATA = new SerializedString("data");
    private static final SerializedString EMITTED_AT = new SerializedString("emitted_at");
    private static final SerializedString STATE = new SerializedString("STATE");
    private static final SerializedString STATE_FIELD = new SerializedString("state");
    private static final SerializedString STREAM_TYPE = new SerializedString("STREAM");
    private static final SerializedString STREAM_DESCRIPTOR = new SerializedString("stream_descriptor");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString STREAM_STATE = new SerializedString("stream_state");
    private static final SerializedString SOURCE_STATS = new SerializedString("sourceStats");
    private static final SerializedString RECORD_COUNT = new SerializedString("recordCount");
    private static final SerializedString LOG = new SerializedString("LOG");
    private static final SerializedString LOG_FIELD = new SerializedString("log");
    private static final SerializedString LEVEL = new SerializedString("level");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString STACK_TRACE = new SerializedString("stack_trace");
    private static final SerializedString TRACE = new SerializedString("TRACE");
    private static final SerializedString TRACE_FIELD = new SerializedString("trace");
    private static final SerializedString ERROR = new SerializedString("ERROR");
    private static final SerializedString ERROR_FIELD = new SerializedString("error");
    private static final SerializedString INTERNAL_MESSAGE = new SerializedString("internal_message");
    private static final SerializedString FAILURE_TYPE = new SerializedString("failure_type");
    private static final SerializedString STREAM_STATUS = new SerializedString("STREAM_STATUS");
    private static final SerializedString STREAM_STATUS_FIELD = new SerializedString("stream_status");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString CONNECTION_STATUS = new SerializedString("CONNECTION_STATUS");
    private static final SerializedString CONNECTION_STATUS_FIELD = new SerializedString("connectionStatus");

    /** Log levels of LOG messages. */
    enum Level {
        FATAL,
        ERROR,
        WARN,
        INFO,
        DEBUG,
        TRACE
    }

    /** Stream statuses of STREAM_STATUS traces. */
    enum Status {
        STARTED,
        RUNNING,
        COMPLETE,
        INCOMPLETE
    }

    /** The {@code failure_type} of an ERROR trace. */
    enum FailureType {
        config_error,
        system_error
    }

    /** Lines from other threads held for the owner at most; more go to stderr. */
    static final int MAX_QUEUED_LINES = 100_000;

    /** Doubles in the shortest digits that read back as the same double, fast for few decimals. */
    private static final JsonFactory FACTORY = ShortDecimalGenerator.factory(new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM));

    private final MessageBuffer buffer;
    private final Thread owner;
    private final ConcurrentLinkedQueue<String[]> foreignLines = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private volatile SecretMasker masker = SecretMasker.NONE;
    private JsonGenerator out;
    private boolean inMessage;
    private volatile boolean closed;
    /** While set, every LOG line goes to this channel, from any thread (a concurrent read). */
    private volatile OutputChannel logChannel;
    /** {@link #holdRecords}: only {@link #publish} and STATE or TRACE messages pass bytes on. */
    private boolean holding;

    ProtocolWriter(OutputStream stdout) {
        this.buffer = new MessageBuffer(stdout);
        this.owner = Thread.currentThread();
        this.out = newGenerator();
    }

    /**
     * A writer of a reading thread of a concurrent read, owned by the calling thread: its messages
     * reach {@code channel} in whole buffers, its LOG lines go to {@code channel} at once.
     */
    ProtocolWriter(OutputChannel channel, SecretMasker masker) {
        this(OutputChannel.stream(channel));
        this.masker = masker;
        this.logChannel = channel;
    }

    /**
     * From now on (until {@link #restore}) writes into {@code channel} and sends every LOG line,
     * from any thread, to it: the owner's stdout belongs to the channel meanwhile.
     */
    void divert(OutputChannel channel) throws IOException {
        flush();
        buffer.retarget(OutputChannel.stream(channel));
        logChannel = channel;
    }

    /** Ends {@link #divert}: flushes into the channel, then writes to the original stream again. */
    void restore(OutputStream original) throws IOException {
        flush();
        logChannel = null;
        buffer.retarget(original);
    }

    /** The stream this writer passes its bytes to. */
    OutputStream target() {
        return buffer.target();
    }

    /** See {@link MessageBuffer#autoDrain}. */
    void holdRecords(boolean hold) {
        holding = hold;
        buffer.autoDrain(!hold);
    }

    /** Bytes written and not yet passed on. */
    int buffered() {
        return buffer.size() + out.getOutputBuffered();
    }

    /** Passes every whole message written so far on. */
    void publish() throws IOException {
        out.flush();
        buffer.drain();
    }

    private JsonGenerator newGenerator() {
        try {
            JsonGenerator g = FACTORY.createGenerator(buffer);
            g.setRootValueSeparator(null);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void setMasker(SecretMasker masker) {
        this.masker = masker;
    }

    SecretMasker masker() {
        return masker;
    }

    /** Writes one RECORD message; on failure nothing of it reaches stdout. */
    <R> void record(StreamDescriptor stream, RecordWriter<R> writer, R record) throws IOException {
        int mark = begin();
        try {
            JsonGenerator g = out;
            g.writeStartObject();
            g.writeFieldName(TYPE);
            g.writeString(RECORD);
            g.writeFieldName(RECORD_FIELD);
            g.writeStartObject();
            g.writeFieldName(STREAM);
            g.writeString(stream.encodedName);
            if (stream.encodedNamespace != null) {
                g.writeFieldName(NAMESPACE);
                g.writeString(stream.encodedNamespace);
            }
            g.writeFieldName(DATA);
            writer.write(record, g);
            g.writeFieldName(EMITTED_AT);
            g.writeNumber(System.currentTimeMillis());
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException | RuntimeException | Error e) {
            abort(mark);
            throw e;
        }
        inMessage = false;
        endMessage();
        if (!foreignLines.isEmpty()) {
            drainForeignLines();
        }
    }

    /** Writes a per-stream STATE message, {@code body} writing the {@code stream_state} object. */
    void state(StreamDescriptor stream, Body body, long recordCount) throws IOException {
        message(g -> {
            g.writeStartObject();
            g.writeFieldName(TYPE);
            g.writeString(STATE);
            g.writeFieldName(STATE_FIELD);
            g.writeStartObject();
            g.writeFieldName(TYPE);
            g.writeString(STREAM_TYPE);
            g.writeFieldName(STREAM);
            g.writeStartObject();
            g.writeFieldName(STREAM_DESCRIPTOR);
            g.writeStartObject();
            writeDescriptor(g, stream);
            g.writeEndObject();
            g.writeFieldName(STREAM_STATE);
            body.write(g);
            g.writeEndObject();
            g.writeFieldName(SOURCE_STATS);
            g.writeStartObject();
            g.writeFieldName(RECORD_COUNT);
            g.writeNumber((double) recordCount);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
        endAndFlush();
    }

    /** Writes a LOG message (masked); see {@link #logFromAnyThread}. */
    void log(Level level, String message) {
        logFromAnyThread(level, message, null);
    }

    void log(Level level, String message, String stackTrace) {
        logFromAnyThread(level, message, stackTrace);
    }

    /**
     * Writes a LOG message (masked), from any thread: at once from the owner between messages,
     * else at the owner's next message boundary; after {@link #close}, to stderr.
     */
    void logFromAnyThread(Level level, String message, String stackTrace) {
        OutputChannel channel = logChannel;
        if (channel != null) {
            channel.log(level, message, stackTrace);
        } else if (Thread.currentThread() == owner && !inMessage && !closed) {
            writeLog(level.name(), message, stackTrace);
        } else if (closed) {
            System.err.println(masker.mask(message));
        } else {
            if (queued.incrementAndGet() > MAX_QUEUED_LINES) {
                // The owner is not writing (blocked in the connector's code): stderr rather than
                // an unbounded queue.
                queued.decrementAndGet();
                System.err.println(masker.mask(message));
                return;
            }
            foreignLines.add(new String[] {level.name(), message, stackTrace});
            if (closed) {
                // The owner closed the writer meanwhile and will not drain the queue again.
                linesToStderr();
            }
        }
    }

    private void writeLog(String level, String message, String stackTrace) {
        SecretMasker m = masker;
        try {
            message(g -> {
                g.writeStartObject();
                g.writeFieldName(TYPE);
                g.writeString(LOG);
                g.writeFieldName(LOG_FIELD);
                g.writeStartObject();
                g.writeFieldName(LEVEL);
                g.writeString(level);
                g.writeFieldName(MESSAGE);
                g.writeString(m.mask(message == null ? "null" : message));
                if (stackTrace != null) {
                    g.writeFieldName(STACK_TRACE);
                    g.writeString(m.mask(stackTrace));
                }
                g.writeEndObject();
                g.writeEndObject();
            });
            // Not endAndFlush(): it drains queued lines, which would recurse once per queued line.
            inMessage = false;
            endMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a STREAM_STATUS trace. */
    void streamStatus(StreamDescriptor stream, Status status) throws IOException {
        message(g -> {
            startTrace(g, STREAM_STATUS);
            g.writeFieldName(STREAM_STATUS_FIELD);
            g.writeStartObject();
            g.writeFieldName(STREAM_DESCRIPTOR);
            g.writeStartObject();
            writeDescriptor(g, stream);
            g.writeEndObject();
            g.writeFieldName(STATUS);
            g.writeString(status.name());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
        endAndFlush();
    }

    /**
     * Writes an ERROR trace (masked): {@code message} for the user, the others (nullable) for
     * whoever debugs it.
     */
    void error(FailureType type, String message, String internalMessage, String stackTrace, StreamDescriptor stream)
            throws IOException {
        SecretMasker m = masker;
        message(g -> {
            startTrace(g, ERROR);
            g.writeFieldName(ERROR_FIELD);
            g.writeStartObject();
            g.writeFieldName(MESSAGE);
            g.writeString(m.mask(message));
            if (internalMessage != null) {
                g.writeFieldName(INTERNAL_MESSAGE);
                g.writeString(m.mask(internalMessage));
            }
            if (stackTrace != null) {
                g.writeFieldName(STACK_TRACE);
                g.writeString(m.mask(stackTrace));
            }
            g.writeFieldName(FAILURE_TYPE);
            g.writeString(type.name());
            if (stream != null) {
                g.writeFieldName(STREAM_DESCRIPTOR);
                g.writeStartObject();
                writeDescriptor(g, stream);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
        endAndFlush();
    }

    /** Writes the CONNECTION_STATUS answer of {@code check} (masked). */
    void connectionStatus(boolean succeeded, String message) throws IOException {
        message(g -> {
            g.writeStartObject();
            g.writeFieldName(TYPE);
            g.writeString(CONNECTION_STATUS);
            g.writeFieldName(CONNECTION_STATUS_FIELD);
            g.writeStartObject();
            g.writeFieldName(STATUS);
            g.writeString(succeeded ? "SUCCEEDED" : "FAILED");
            if (message != null) {
                g.writeFieldName(MESSAGE);
                g.writeString(masker.mask(message));
            }
            g.writeEndObject();
            g.writeEndObject();
        });
        endAndFlush();
    }

    /** Writes what other threads logged, then pushes every byte to stdout. */
    void flush() throws IOException {
        drainForeignLines();
        out.flush();
        buffer.drain();
    }

    /** Flushes; later log lines go to stderr. */
    void close() throws IOException {
        flush();
        closed = true;
        // A line queued between the last drain and closing must not be lost.
        linesToStderr();
    }

    private void linesToStderr() {
        String[] line;
        while ((line = poll()) != null) {
            System.err.println(masker.mask(line[1]));
        }
    }

    private void drainForeignLines() {
        String[] line;
        while ((line = poll()) != null) {
            writeLog(line[0], line[1], line[2]);
        }
    }

    private String[] poll() {
        String[] line = foreignLines.poll();
        if (line != null) {
            queued.decrementAndGet();
        }
        return line;
    }

    /**
     * Writes one whole message line: {@code body} writes the JSON object; if it fails, nothing of
     * it reaches stdout. (The record path inlines the same steps, to allocate nothing per record.)
     */
    private void message(Body body) throws IOException {
        int mark = begin();
        try {
            body.write(out);
            out.writeRaw('\n');
        } catch (IOException | RuntimeException | Error e) {
            abort(mark);
            throw e;
        }
    }

    private int begin() {
        inMessage = true;
        return buffer.size() + out.getOutputBuffered();
    }

    /** Ends a STATE, TRACE or CONNECTION_STATUS message: queued lines follow it, then all goes out. */
    private void endAndFlush() throws IOException {
        inMessage = false;
        if (!foreignLines.isEmpty()) {
            drainForeignLines();
        }
        out.flush();
        buffer.drain();
    }

    /**
     * After a whole message: passes the buffer on when full. Towards a channel the generator's own
     * buffer goes first, so that what is passed on ends at this message's end: buffers of several
     * threads interleave there, and a line split between two of them would break.
     */
    private void endMessage() throws IOException {
        if (logChannel != null && buffered() >= MessageBuffer.SIZE && !holding) {
            out.flush();
            buffer.drain();
        } else {
            buffer.endMessage();
        }
    }

    /** Takes back a half written message and starts over with a fresh generator. */
    private void abort(int mark) {
        try {
            out.flush();
        } catch (IOException | RuntimeException ignored) {
            // The bytes are dropped below in any case.
        }
        buffer.truncate(mark);
        out = newGenerator();
        inMessage = false;
    }

    private static void startTrace(JsonGenerator g, SerializedString type) throws IOException {
        g.writeStartObject();
        g.writeFieldName(TYPE);
        g.writeString(TRACE);
        g.writeFieldName(TRACE_FIELD);
        g.writeStartObject();
        g.writeFieldName(TYPE);
        g.writeString(type);
        g.writeFieldName(EMITTED_AT);
        g.writeNumber(System.currentTimeMillis());
    }

    private static void writeDescriptor(JsonGenerator g, StreamDescriptor stream) throws IOException {
        g.writeFieldName(NAME);
        g.writeString(stream.encodedName);
        if (stream.encodedNamespace != null) {
            g.writeFieldName(NAMESPACE);
            g.writeString(stream.encodedNamespace);
        }
    }
}
