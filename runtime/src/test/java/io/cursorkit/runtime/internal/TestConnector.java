package io.cursorkit.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.runtime.spi.ConnectorDefinition;
import io.cursorkit.runtime.spi.GeneratedStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A hand-written connector shaped like generated code. Config: {@code api_key} (a secret string,
 * required) and {@code fail_check} (boolean, optional); {@code check} fails with a message that
 * quotes the key when {@code fail_check} is true.
 */
class TestConnector implements ConnectorDefinition<TestConfig> {
    static final String SPEC_JSON = "{\"connectionSpecification\":{\"type\":\"object\",\"properties\":"
            + "{\"api_key\":{\"type\":\"string\",\"airbyte_secret\":true}}}}";
    static final String CATALOG_JSON = "{\"streams\":[]}";

    private final List<GeneratedStream<TestConfig, ?, ?, ?, ?>> streams = new ArrayList<>();

    /** What {@code @Connector(maxConcurrency)} would make it. */
    int maxConcurrency = 1;

    TestConnector(TestStream... streams) {
        this.streams.addAll(List.of(streams));
    }

    TestConnector(List<GeneratedStream<TestConfig, ?, ?, ?, ?>> streams) {
        this.streams.addAll(streams);
    }

    @Override
    public String name() {
        return "source-test";
    }

    @Override
    public String specJson() {
        return SPEC_JSON;
    }

    @Override
    public String catalogJson() {
        return CATALOG_JSON;
    }

    @Override
    public TestConfig parseConfig(JsonNode config, Consumer<String> warnings) throws ConfigException {
        JsonNode key = config.path("api_key");
        if (!key.isTextual()) {
            throw new ConfigException("Config property 'api_key' is required: a string (the API key).");
        }
        Iterator<String> names = config.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("api_key") && !name.equals("fail_check")) {
                warnings.accept("Config property '" + name + "' is not in the spec; it is ignored.");
            }
        }
        return new TestConfig(key.textValue(), config.path("fail_check").asBoolean(false));
    }

    @Override
    public void check(TestConfig config) throws Exception {
        if (config.failCheck()) {
            throw new java.sql.SQLException("login refused for key " + config.apiKey());
        }
    }

    @Override
    public List<String> secretPaths() {
        return List.of("api_key");
    }

    @Override
    public int maxConcurrency() {
        return maxConcurrency;
    }

    @Override
    public List<GeneratedStream<TestConfig, ?, ?, ?, ?>> streams() {
        return streams;
    }
}
