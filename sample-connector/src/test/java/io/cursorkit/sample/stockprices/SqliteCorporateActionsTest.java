package io.cursorkit.sample.stockprices;

/** The corporate_actions contract on SQLite, the embedded database of the demo. */
class SqliteCorporateActionsTest extends CorporateActionsContract {
    @Override
    TestDatabase newDatabase() throws Exception {
        return TestDatabase.sqlite();
    }
}
