package io.cursorkit.sample.stockprices;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/**
 * The sync contract on a PostgreSQL server: the one that {@value TestDatabase#POSTGRES_URL} (with
 * {@value TestDatabase#POSTGRES_USER} and {@value TestDatabase#POSTGRES_PASSWORD}) names. Each test
 * works in a schema of its own, dropped afterwards. Without the variable the tests are skipped,
 * visibly.
 */
class PostgresSyncTest extends SyncContract {
    @BeforeAll
    static void requireServer() {
        String url = System.getenv(TestDatabase.POSTGRES_URL);
        boolean configured = url != null && !url.isBlank();
        if (!configured) {
            System.err.println("PostgresSyncTest SKIPPED: set " + TestDatabase.POSTGRES_URL
                    + " (and _USER, _PASSWORD) to a PostgreSQL database to run the PostgreSQL tests");
        }
        assumeTrue(configured, TestDatabase.POSTGRES_URL + " is not set: PostgreSQL tests skipped");
    }

    @Override
    TestDatabase newDatabase() throws Exception {
        return TestDatabase.postgresOrNull();
    }
}
