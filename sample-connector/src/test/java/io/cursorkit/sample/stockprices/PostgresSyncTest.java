package io.cursorkit.sample.stockprices;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sync contract on a PostgreSQL server: the one that {@value TestDatabase#POSTGRES_URL} (with
 * {@value TestDatabase#POSTGRES_USER} and {@value TestDatabase#POSTGRES_PASSWORD}) names. Each test
 * works in a schema of its own, dropped afterwards. Without the variable every test is reported
 * as skipped, with the reason, and one line on stderr says how to run them.
 */
class PostgresSyncTest extends SyncContract {
    private static boolean told;

    @Override
    TestDatabase newDatabase() throws Exception {
        TestDatabase database = TestDatabase.postgresOrNull();
        if (database == null && !told) {
            told = true;
            System.err.println("PostgresSyncTest: SKIPPED, " + TestDatabase.POSTGRES_URL + " is not set. Set it (and "
                    + TestDatabase.POSTGRES_USER + ", " + TestDatabase.POSTGRES_PASSWORD
                    + ") to a PostgreSQL database, such as jdbc:postgresql://127.0.0.1:5432/cursorkit_test,"
                    + " to run the PostgreSQL tests.");
        }
        assumeTrue(database != null, TestDatabase.POSTGRES_URL + " is not set: PostgreSQL tests skipped");
        return database;
    }
}
