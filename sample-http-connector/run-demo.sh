#!/usr/bin/env bash
# The HTTP sample's demo, in one command from a fresh clone:
#
#   sample-http-connector/run-demo.sh            (PORT=9000 to use another port than 8642)
#
# It builds the connector (quietly, with Maven), starts the local stock API in the background
# (it allows 3 requests a second and answers 429 + Retry-After beyond, and also every 7th request
# so that the demo shows one on any machine; it fails every 10th request with a 5xx), then, in a fresh
# directory (sample-http-connector/target/demo/), with the example config and catalog:
#   1. runs `read` with no state and saves the final state;
#   2. lets the API add two days of prices and trades;
#   3. runs `read` again from the saved state.
# It shows records per stream, the state before and after each sync and the retries. The
# connector's stdout (pure Airbyte protocol) goes to files in the demo directory; what a person
# reads goes to stderr. The API is stopped on exit.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/source-stock-ticker-api.jar"
demo="$here/target/demo"
port="${PORT:-8642}"
base_url="http://127.0.0.1:$port"

say() { printf '%s\n' "$*" >&2; }

say "==> building the connector (mvn package, tests not built; the first build downloads dependencies)"
mkdir -p "$here/target"
build_log="$here/target/run-demo-build.log"
if ! (cd "$root" && mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true -pl sample-http-connector -am package) \
        > "$build_log" 2>&1; then
    cat "$build_log" >&2
    say "The build failed; its output is above and in $build_log"
    exit 1
fi

rm -rf "$demo"
mkdir -p "$demo"
cp "$here/examples/configured_catalog.json" "$demo/"
if [ "$port" = 8642 ]; then
    cp "$here/examples/config.json" "$demo/"   # base_url left out: the default is the local API on 8642
else
    sed "s#^{#{\n  \"base_url\": \"$base_url\",#" "$here/examples/config.json" > "$demo/config.json"
fi
cd "$demo"

connector() { java -jar "$jar" "$@"; }
tool() { java -cp "$jar" io.cursorkit.sample.stockticker.demo.DemoTool "$@"; }

say ""
say "==> starting the local stock API on port $port (its log: target/demo/api.log)"
java -cp "$jar" io.cursorkit.sample.stockticker.api.StockApiServer --port "$port" --rate 3 --throttle-every 7 > api.log 2>&1 &
api_pid=$!
trap 'kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    grep -q "listening on" api.log 2>/dev/null && break
    kill -0 "$api_pid" 2>/dev/null || { cat api.log >&2; say "The API did not start (is port $port taken? PORT=... picks another)"; exit 1; }
    sleep 0.2
done
grep -q "listening on" api.log || { cat api.log >&2; say "The API did not start within 20 s"; exit 1; }
sed 's/^/    /' api.log >&2

say ""
say "==> java -jar target/source-stock-ticker-api.jar check --config config.json"
connector check --config config.json > check.jsonl
grep -o '"status":"[A-Z]*"' check.jsonl >&2 || { cat check.jsonl >&2; exit 1; }

say ""
say "==> sync 1: read --config config.json --catalog configured_catalog.json   (no state: everything)"
status=0
connector read --config config.json --catalog configured_catalog.json > sync1.jsonl || status=$?
tool summarize sync1.jsonl --save-state state1.json >&2
[ "$status" -eq 0 ] || { say "sync 1 failed (exit $status); its output is in $demo/sync1.jsonl"; exit "$status"; }
say "    saved the final state to target/demo/state1.json"

say ""
say "==> the API adds two days of prices and trades (POST /admin/advance?days=2)"
tool advance "$base_url" 2 >&2

say ""
say "==> sync 2: read ... --state state1.json   (only what is new since sync 1)"
connector read --config config.json --catalog configured_catalog.json --state state1.json > sync2.jsonl || status=$?
tool summarize sync2.jsonl --before state1.json --save-state state2.json >&2
[ "$status" -eq 0 ] || { say "sync 2 failed (exit $status); its output is in $demo/sync2.jsonl"; exit "$status"; }
say "    stock_prices: the API sent every day again (it cannot filter); the runtime kept only the new ones"

say ""
tool stats "$base_url" >&2
say ""
say "Done. In $demo: the connector's protocol output (check.jsonl, sync1.jsonl, sync2.jsonl),"
say "the states (state1.json, state2.json) and the API's log (api.log)."
