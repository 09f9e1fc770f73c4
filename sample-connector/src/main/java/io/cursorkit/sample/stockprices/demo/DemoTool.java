package io.cursorkit.sample.stockprices.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cursorkit.runtime.ConfigException;
import io.cursorkit.sample.stockprices.jdbc.Database;
import io.cursorkit.sample.stockprices.jdbc.Dialect;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The demo's helper commands; not part of the connector (run-demo.sh calls them between syncs):
 *
 * <pre>
 * java -cp source-stock-prices.jar io.cursorkit.sample.stockprices.demo.DemoTool add-rows [jdbc-url]
 * java -cp source-stock-prices.jar io.cursorkit.sample.stockprices.demo.DemoTool summarize
 *         sync-output.jsonl [--before state-before.json] [--save-state state-after.json]
 * </pre>
 *
 * {@code add-rows} adds new rows to the demo database (the embedded one in the working directory by
 * default), some of them at the cursor values the last sync ended at. {@code summarize} prints, for a
 * person, the records per stream and the state before and after a sync, and writes the final state
 * for the next sync.
 */
public final class DemoTool {
    private DemoTool() {}

    public static void main(String[] args) {
        try {
            if (args.length >= 1 && args[0].equals("add-rows") && args.length <= 2) {
                addRows(args.length == 2 ? args[1] : Dialect.SQLITE_URL_PREFIX + Database.DEMO_FILE);
            } else if (args.length >= 2 && args[0].equals("summarize")) {
                Path before = null;
                Path saveState = null;
                for (int i = 2; i < args.length; i += 2) {
                    if (i + 1 >= args.length) {
                        usage();
                    } else if (args[i].equals("--before")) {
                        before = Path.of(args[i + 1]);
                    } else if (args[i].equals("--save-state")) {
                        saveState = Path.of(args[i + 1]);
                    } else {
                        usage();
                    }
                }
                summarize(Path.of(args[1]), before, saveState);
            } else {
                usage();
            }
        } catch (IOException | SQLException | ConfigException e) {
            System.err.println("DemoTool " + args[0] + " failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void usage() {
        System.err.println("usage: DemoTool add-rows [jdbc-url]\n"
                + "       DemoTool summarize <sync-output.jsonl> [--before <state.json>] [--save-state <state.json>]");
        System.exit(2);
    }

    private static void addRows(String url) throws ConfigException, SQLException {
        Database database = Database.at(url, null, null);
        try (Connection connection = database.open()) {
            System.out.println(DemoData.addRows(connection, database.dialect()));
            System.out.println(CorporateActionData.addActions(connection, database.dialect()));
        }
    }

    private static void summarize(Path output, Path stateBefore, Path stateAfter) throws IOException {
        SyncSummary summary = SyncSummary.read(output);
        JsonNode before = stateBefore == null ? null : new ObjectMapper().readTree(stateBefore.toFile());
        summary.print(System.out, before);
        if (stateAfter != null) {
            summary.writeState(stateAfter);
        }
    }
}
