package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.testkit.fake.FakeSource;

/** Shortcuts to run {@link FakeSource} in the tests of the test kit. */
final class FakeSources {
    static final ConnectorProcess PROCESS = ConnectorProcess.mainClass(FakeSource.class.getName());

    private FakeSources() {}

    static ObjectNode config(int records, int interval, String bug) {
        ObjectNode config = Json.object();
        config.put("records", records);
        config.put("interval", interval);
        config.put("bug", bug);
        return config;
    }

    static ObjectNode catalog(String... streams) {
        ObjectNode discovered =
                (ObjectNode) PROCESS.discover(config(1, 1, "none")).catalog();
        return ConfiguredCatalogBuilder.from(discovered).only(streams).build();
    }
}
