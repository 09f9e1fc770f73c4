package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The byte generator of stdout's messages ({@link ProtocolWriter}): Jackson's, but a double with
 * few decimals is written by {@link ShortDecimals}, straight into the generator's buffer. The text
 * is the one Jackson's shortest-digit writer ({@link StreamWriteFeature#USE_FAST_DOUBLE_WRITER},
 * enabled here for every other double) gives; only the time differs. Records of prices and
 * amounts spend a large part of their serialising in the general algorithm otherwise.
 */
final class ShortDecimalGenerator extends UTF8JsonGenerator {
    private ShortDecimalGenerator(IOContext context, int features, ObjectCodec codec, OutputStream out, char quote) {
        super(context, features, codec, out, quote);
    }

    /**
     * A factory of these generators, from {@code builder} with the shortest-digit writer enabled;
     * only {@code createGenerator(OutputStream)} makes them (the others are Jackson's own).
     */
    static JsonFactory factory(JsonFactoryBuilder builder) {
        return new Factory(builder.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER));
    }

    @Override
    public void writeNumber(double d) throws IOException {
        int decimals = _cfgNumbersAsStrings ? -1 : ShortDecimals.decimals(d);
        if (decimals < 0) {
            super.writeNumber(d);
            return;
        }
        _verifyValueWrite(WRITE_NUMBER);
        if (_outputTail + ShortDecimals.MAX_LENGTH > _outputEnd) {
            _flushBuffer();
        }
        _outputTail = ShortDecimals.write(d, decimals, _outputBuffer, _outputTail);
    }

    private static final class Factory extends JsonFactory {
        private static final long serialVersionUID = 1L;

        Factory(JsonFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected JsonGenerator _createUTF8Generator(OutputStream out, IOContext context) throws IOException {
            // as JsonFactory's, which also applies escapes and a root separator: this factory sets none
            return _decorate(new ShortDecimalGenerator(context, _generatorFeatures, _objectCodec, out, _quoteChar));
        }
    }
}
