#!/usr/bin/env bash
# Runs the local stock API in the foreground (Ctrl-C stops it), for the connector to sync from:
#
#   sample-http-connector/run-api.sh                       # http://127.0.0.1:8642, key demo-api-key
#   PORT=9000 sample-http-connector/run-api.sh --fail-every 0 --rate 0
#
# Options (after the script's name): --port, --api-key, --first-day, --days, --trades-per-day,
# --rate (requests a second before 429s; 0: off), --fail-every (every n-th request a 5xx; 0: off);
# --help lists them. Builds the module first when its jar is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/source-stock-ticker-api.jar"
if [ ! -f "$jar" ]; then
    echo "==> building $jar (mvn package, tests not built)" >&2
    (cd "$(dirname "$here")" && mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true -pl sample-http-connector -am package)
fi
exec java -cp "$jar" io.cursorkit.sample.stockticker.api.StockApiServer --port "${PORT:-8642}" "$@"
