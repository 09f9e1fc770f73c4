package io.cursorkit.runtime.internal;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/** A {@code java.util.logging} handler that writes each record as a LOG message, from any thread. */
final class ProtocolLogHandler extends Handler {
    private final ProtocolWriter out;
    private final Formatter formatter = new SimpleFormatter();

    ProtocolLogHandler(ProtocolWriter out) {
        this.out = out;
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        String message = formatter.formatMessage(record);
        if (record.getLoggerName() != null && !record.getLoggerName().isEmpty()) {
            message = record.getLoggerName() + ": " + message;
        }
        String stackTrace = record.getThrown() == null ? null : Failures.stackTrace(record.getThrown());
        out.logFromAnyThread(level(record.getLevel()), message, stackTrace);
    }

    static ProtocolWriter.Level level(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return ProtocolWriter.Level.ERROR;
        }
        if (value >= Level.WARNING.intValue()) {
            return ProtocolWriter.Level.WARN;
        }
        if (value >= Level.CONFIG.intValue()) {
            return ProtocolWriter.Level.INFO;
        }
        if (value >= Level.FINER.intValue()) {
            return ProtocolWriter.Level.DEBUG;
        }
        return ProtocolWriter.Level.TRACE;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
