package io.cursorkit.sample.stockprices;

/**
 * The corporate_actions contract on the PostgreSQL server that {@value TestDatabase#POSTGRES_URL}
 * names; skipped, as {@link PostgresSyncTest} says, without it.
 */
class PostgresCorporateActionsTest extends CorporateActionsContract {
    @Override
    TestDatabase newDatabase() throws Exception {
        return new PostgresSyncTest().newDatabase();
    }
}
