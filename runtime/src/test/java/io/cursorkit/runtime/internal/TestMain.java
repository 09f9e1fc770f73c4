package io.cursorkit.runtime.internal;

import io.cursorkit.runtime.spi.Launcher;
import io.cursorkit.runtime.spi.Runner;

/** A main class shaped like a generated one, over {@link TestConnector}, for {@link ProcessTest}. */
public final class TestMain {
    private TestMain() {}

    public static void main(String[] args) {
        int status = Launcher.runStatic(args, TestConnector.SPEC_JSON, TestConnector.CATALOG_JSON);
        if (status < 0) {
            status = Runner.run(args, connector());
        }
        System.exit(status);
    }

    static TestConnector connector() {
        TestStream prices = TestStream.sorted("prices", 2)
                .add(Row.of("A", "2024-01-01"), Row.of("B", "2024-01-02"), Row.of("C", "2024-01-03"));
        prices.onCreate = config -> {
            System.err.println("key is " + config.apiKey());
            System.out.println("hello from create");
            // A thread that is still printing when the command ends: its lines must not reach stdout.
            Thread late = new Thread(() -> {
                for (int i = 0; ; i++) {
                    System.out.println("late line " + i);
                    Thread.onSpinWait();
                }
            });
            late.setDaemon(true);
            late.start();
        };
        return new TestConnector(prices);
    }
}
