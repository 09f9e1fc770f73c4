#!/usr/bin/env bash
# The sample connector's demo, in one command from a fresh clone:
#
#   sample-connector/run-demo.sh
#
# It builds the connector (quietly, with Maven), then, in a fresh directory
# (sample-connector/target/demo/), with the example config and catalog:
#   1. runs `read` on the embedded demo database (created on first use) with a config that lists
#      every ticker but MSFT, and saves the final state;
#   2. adds new demo rows, some with the same cursor values as the saved state;
#   3. runs `read` again from the saved state with the example config (every ticker): MSFT, new to
#      the state, gets its whole history; the other tickers only what is new (corporate_actions,
#      which keeps its own state, the last seq per ticker, gets the two actions added and MSFT's).
# It shows records per stream and the state before and after each sync. The connector's stdout
# (pure Airbyte protocol) goes to files in the demo directory; what a person reads goes to stderr.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/source-stock-prices.jar"
demo="$here/target/demo"

say() { printf '%s\n' "$*" >&2; }

say "==> building the connector (mvn package, tests not built; the first build downloads dependencies)"
mkdir -p "$here/target"
build_log="$here/target/run-demo-build.log"
if ! (cd "$root" && mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true -pl sample-connector -am package) \
        > "$build_log" 2>&1; then
    cat "$build_log" >&2
    say "The build failed; its output is above and in $build_log"
    exit 1
fi

rm -rf "$demo"
mkdir -p "$demo"
cp "$here/examples/config.json" "$here/examples/configured_catalog.json" "$demo/"
cd "$demo"

connector() { java -jar "$jar" "$@"; }
tool() { java -cp "$jar" io.cursorkit.sample.stockprices.demo.DemoTool "$@"; }

say ""
say "==> java -jar target/source-stock-prices.jar check --config config.json"
connector check --config config.json > check.jsonl
grep -o '"status":"[A-Z]*"' check.jsonl >&2 || { cat check.jsonl >&2; exit 1; }

say ""
# Sync 1 lacks one ticker, as a user who adds MSFT to the config after the first sync.
sed 's/"start_date"/"tickers": ["AAPL", "AMZN", "GOOG", "NVDA"],\n  "start_date"/' config.json \
    > config-without-msft.json
say "==> sync 1: read --config config-without-msft.json --catalog configured_catalog.json   (no state; every ticker but MSFT)"
status=0
connector read --config config-without-msft.json --catalog configured_catalog.json > sync1.jsonl || status=$?
tool summarize sync1.jsonl --save-state state1.json >&2
[ "$status" -eq 0 ] || { say "sync 1 failed (exit $status); its output is in $demo/sync1.jsonl"; exit "$status"; }
say "    saved the final state to target/demo/state1.json"

say ""
say "==> adding demo rows (DemoTool add-rows)"
tool add-rows >&2

say ""
say "==> sync 2: read --config config.json ... --state state1.json   (MSFT added: its whole history; the others only what is new)"
connector read --config config.json --catalog configured_catalog.json --state state1.json > sync2.jsonl || status=$?
tool summarize sync2.jsonl --before state1.json --save-state state2.json >&2
[ "$status" -eq 0 ] || { say "sync 2 failed (exit $status); its output is in $demo/sync2.jsonl"; exit "$status"; }

say ""
say "Done. In $demo: the connector's protocol output (sync1.jsonl, sync2.jsonl),"
say "the states (state1.json, state2.json) and the demo database (stock-prices-demo.db)."
