package io.cursorkit.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.cursorkit.processor.model.StreamModel;

/**
 * The runtime types generated code implements and calls, by name: the processor does not depend
 * on the runtime, so this is the one place that knows where they live. Every type but {@code
 * ConfigException} (the runtime's public API) is in the runtime's SPI package.
 */
final class RuntimeTypes {
    private static final String SPI = "io.cursorkit.runtime.spi";

    static final ClassName GENERATED_STREAM = ClassName.get(SPI, "GeneratedStream");
    static final ClassName STREAM_INFO = ClassName.get(SPI, "StreamInfo");
    static final ClassName CURSOR_CHOICE_STREAM = ClassName.get(SPI, "CursorChoiceStream");
    static final ClassName CLOSEABLE_ITERATOR = ClassName.get(SPI, "CloseableIterator");
    static final ClassName KEY_BUILDER = ClassName.get(SPI, "KeyBuilder");
    static final ClassName RECORD_WRITER = ClassName.get(SPI, "RecordWriter");
    static final ClassName STATE_SERIALIZER = ClassName.get(SPI, "StateSerializer");
    static final ClassName NO_CURSOR = ClassName.get(SPI, "NoCursor");
    static final ClassName JSON_VALUES = ClassName.get(SPI, "JsonValues");
    static final ClassName JSON_VALUE_EXCEPTION = ClassName.get(SPI, "JsonValueException");
    static final ClassName CONFIG_VALUES = ClassName.get(SPI, "ConfigValues");
    static final ClassName STATE_VALUES = ClassName.get(SPI, "StateValues");
    static final ClassName OWNED_STATE = ClassName.get(SPI, "OwnedState");
    static final ClassName CONNECTOR_DEFINITION = ClassName.get(SPI, "ConnectorDefinition");
    static final ClassName LAUNCHER = ClassName.get(SPI, "Launcher");
    static final ClassName RUNNER = ClassName.get(SPI, "Runner");
    static final ClassName CONFIG_EXCEPTION = ClassName.get("io.cursorkit.runtime", "ConfigException");

    private RuntimeTypes() {}

    /**
     * The cursor type {@code C} of the SPI: the boxed cursor type (for a resumable full refresh
     * stream, the key's), or {@code NoCursor} (which, unlike {@code Void}, meets the SPI's {@code
     * Comparable} bound).
     */
    static TypeName cursorType(StreamModel stream) {
        return stream.position() == null
                ? NO_CURSOR
                : stream.position().type().type().box();
    }

    /** The slice type {@code S} of the SPI, or {@code Void}. */
    static TypeName sliceType(StreamModel stream) {
        return stream.slices() == null
                ? ClassName.get(Void.class)
                : stream.slices().type();
    }
}
