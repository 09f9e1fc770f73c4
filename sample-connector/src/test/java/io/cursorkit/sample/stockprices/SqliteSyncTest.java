package io.cursorkit.sample.stockprices;

/** The sync contract on SQLite, the embedded database of the demo. */
class SqliteSyncTest extends SyncContract {
    @Override
    TestDatabase newDatabase() throws Exception {
        return TestDatabase.sqlite();
    }
}
