package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.runtime.spi.ConnectorDefinition;
import io.cursorkit.runtime.spi.JsonValues;

/**
 * The {@code concurrency} property of a connector that opted in ({@code @Connector(maxConcurrency
 * = n)}, n > 1): how many threads a {@code read} uses. The property belongs to the runtime, not to
 * the config type (the processor refuses a config type that declares it), so it is read here and
 * taken out of the JSON before the generated parser sees it.
 */
final class Concurrency {
    /** The spec property's name. */
    static final String PROPERTY = "concurrency";

    private Concurrency() {}

    /**
     * The value in {@code config}: 1 when absent or null, or when the connector did not opt in.
     *
     * @throws InputException when it is not an integer from 1 to the connector's maximum
     */
    static int of(JsonNode config, ConnectorDefinition<?> connector) throws InputException {
        int max = connector.maxConcurrency();
        JsonNode value = config.get(PROPERTY);
        if (max <= 1 || value == null || value.isNull()) {
            return 1;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1 || value.intValue() > max) {
            throw new InputException("config property '" + PROPERTY + "' is invalid: expected an integer from 1 to "
                    + max + ", found " + JsonValues.describe(value) + ". Fix its value in the config (1 reads one"
                    + " stream, slice or partition at a time).");
        }
        return value.intValue();
    }

    /** {@code config} as the generated parser should see it: without the runtime's property. */
    static JsonNode withoutProperty(JsonNode config, ConnectorDefinition<?> connector) {
        if (connector.maxConcurrency() <= 1 || !config.has(PROPERTY)) {
            return config;
        }
        ObjectNode copy = ((ObjectNode) config).deepCopy();
        copy.remove(PROPERTY);
        return copy;
    }
}
