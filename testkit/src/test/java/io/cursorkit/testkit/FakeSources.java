package io.cursorkit.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cursorkit.testkit.fake.FakeSource;
import io.cursorkit.testkit.fake.OrdersSource;

/** Shortcuts to run {@link FakeSource} and {@link OrdersSource} in the tests of the test kit. */
final class FakeSources {
    static final ConnectorProcess PROCESS = ConnectorProcess.mainClass(FakeSource.class.getName());
    static final ConnectorProcess ORDERS = ConnectorProcess.mainClass(OrdersSource.class.getName());

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

    /**
     * A config of {@link OrdersSource}: {@code records} orders, {@code ties} per cursor value, a
     * state every {@code interval}, and what its {@code read(since)} returns ({@code ge}, {@code
     * gt}, {@code ignore}, {@code unsorted}, {@code other_field}, {@code ahead}).
     */
    static ObjectNode ordersConfig(int records, int ties, int interval, String read) {
        ObjectNode config = Json.object();
        config.put("records", records);
        config.put("ties", ties);
        config.put("interval", interval);
        config.put("read", read);
        return config;
    }

    /** The configured catalog of {@link OrdersSource}: {@code orders}, incremental. */
    static ObjectNode ordersCatalog() {
        return ConfiguredCatalogBuilder.from(
                        ORDERS.discover(ordersConfig(1, 1, 1, "ge")).catalog())
                .build();
    }
}
