package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;

/** The runtime's generator of stdout ({@link ShortDecimalGenerator}) for a benchmark outside this package. */
public final class ShortDecimalFactory {
    private ShortDecimalFactory() {}

    /** A factory of generators that write doubles as the runtime's stdout does. */
    public static JsonFactory create() {
        return ShortDecimalGenerator.factory(new JsonFactoryBuilder());
    }
}
