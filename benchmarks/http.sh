#!/usr/bin/env bash
# The HTTP benchmark: does paging cost little? The sample HTTP connector (source-stock-ticker-api,
# stream trades, pages of 1,000) against a plain HttpClient + Jackson loop (http.PlainHttpLoop) that
# fetches the same pages from the same local stock API and writes the same records. Whole
# processes, to /dev/null, interleaved; median and spread of the wall time, the client's CPU time
# (user + sys) beside it, and the API server's CPU time per run. What it means: benchmarks/HTTP.md.
#
#   benchmarks/http.sh             full run: N = 2,000,000 trades, 3 runs of each (~4 min on 2 cores)
#   QUICK=1 benchmarks/http.sh     smoke run: N = 40,000, 2 runs of each (well under a minute on 2 quiet cores);
#                                  checks that it all runs, its figures mean little (JIT time dominates)
#
# Environment (defaults in brackets): N [2000000]  REPS [3]
#   JAVA_OPTS  flags of both client programs [-Xms64m -Xmx64m -XX:+AlwaysPreTouch -XX:+UseSerialGC]
#   API_OPTS   flags of the API server [-Xmx512m -XX:+UseParallelGC]
#   SKIP_BUILD=1  use the jars as built;  MVN_FLAGS  e.g. -o for offline
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
if [[ ${QUICK:-0} == 1 ]]; then
    N=${N:-40000}; REPS=${REPS:-2}
else
    N=${N:-2000000}; REPS=${REPS:-3}
fi
PER_DAY=20000
(( N % PER_DAY == 0 )) || { echo "http.sh: N must be a multiple of $PER_DAY" >&2; exit 2; }
DAYS=$((N / PER_DAY))
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx64m -XX:+AlwaysPreTouch -XX:+UseSerialGC}
API_OPTS=${API_OPTS:--Xmx512m -XX:+UseParallelGC}
TICKERS=AAPL,MSFT,GOOG,AMZN,TSLA
KEY=bench-key
CONNECTOR_JAR=$root/sample-http-connector/target/source-stock-ticker-api.jar
BENCH_JAR=$here/target/benchmarks.jar
work=$here/target/bench-http
mkdir -p "$work"

die() { echo "http.sh: $*" >&2; exit 2; }
[[ -x /usr/bin/time ]] || die "needs GNU time: apt-get install -y time"

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    echo "building: runtime, processor, testkit, http, sample-http-connector (install), then benchmarks (package)" >&2
    (cd "$root" && mvn -q ${MVN_FLAGS:-} -pl runtime,processor,testkit,http,sample-http-connector install \
            -DskipTests -Dspotless.check.skip=true \
        && mvn -q ${MVN_FLAGS:-} -pl benchmarks package -DskipTests -Dspotless.check.skip=true) || die "build failed"
fi
[[ -f $CONNECTOR_JAR && -f $BENCH_JAR ]] || die "build the jars first (SKIP_BUILD=1 needs both)"

# ---------- the API, on a free port, for the whole run ----------
rm -f "$work/port"
java $API_OPTS -cp "$CONNECTOR_JAR" io.cursorkit.sample.stockticker.api.StockApiServer --port 0 --port-file "$work/port" \
    --api-key "$KEY" --days "$DAYS" --trades-per-day "$PER_DAY" --rate 0 --fail-every 0 --threads 2 >"$work/api.log" 2>&1 &
api_pid=$!
trap 'kill "$api_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [[ -s $work/port ]] && break; sleep 0.2; done
[[ -s $work/port ]] || die "the API did not start, see $work/api.log"
base_url="http://127.0.0.1:$(cat "$work/port")"

cat >"$work/config.json" <<JSON
{"api_key": "$KEY", "stock_tickers": ["${TICKERS//,/\", \"}"], "base_url": "$base_url", "page_size": 1000}
JSON
java -jar "$CONNECTOR_JAR" discover --config "$work/config.json" >"$work/discover.jsonl"
java -cp "$CONNECTOR_JAR" io.cursorkit.runtime.tools.Tools configured-catalog "$work/discover.jsonl" --stream trades \
    >"$work/catalog.json" 2>/dev/null

set_command() {
    case $1 in
        ck)    CMD=(java $JAVA_OPTS -jar "$CONNECTOR_JAR" read --config "$work/config.json" --catalog "$work/catalog.json") ;;
        plain) CMD=(java $JAVA_OPTS -cp "$BENCH_JAR" io.cursorkit.benchmarks.http.PlainHttpLoop "$base_url" "$KEY" "$TICKERS" 1000) ;;
    esac
}
describe() {
    case $1 in
        ck)    echo "cursorkit connector (cursorkit-http)" ;;
        plain) echo "plain HttpClient + Jackson loop" ;;
    esac
}
api_ticks() { awk '{print $14 + $15}' "/proc/$api_pid/stat"; }
# timed PROGRAM OUT: appends "wall_s user_s sys_s maxrss_kb api_cpu_s" to $work/PROGRAM.times
timed() {
    set_command "$1"
    local before after
    before=$(api_ticks)
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.tmp" "${CMD[@]}" >"$2" 2>"$work/$1.stderr" \
        || die "$(describe "$1") failed, see $work/$1.stderr"
    after=$(api_ticks)
    echo "$(tail -n 1 "$work/time.tmp") $(awk -v a="$before" -v b="$after" -v t="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", (b-a)/t}')" \
        >>"$work/$1.times"
}

# ---------- both write N records (and warm the API) ----------
rm -f "$work"/*.times
for p in ck plain; do
    timed "$p" "$work/$p.out"
    got=$(grep -c '"type":"RECORD"' "$work/$p.out" || true)
    [[ $got == "$N" ]] || die "$(describe "$p") wrote $got records, not $N; see $work/$p.out"
    rm -f "$work/$p.out"
done
rm -f "$work"/*.times
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "N=$N REPS=$REPS pages of 1000, API at $base_url (load $load_before)" >&2

# ---------- interleaved runs: A B, B A, ... ----------
for ((rep = 0; rep < REPS; rep++)); do
    order=(ck plain)
    ((rep % 2)) && order=(plain ck)
    for p in "${order[@]}"; do
        timed "$p" /dev/null
        echo "  rep $((rep + 1))/$REPS $(describe "$p"): wall user sys rss api_cpu = $(tail -n 1 "$work/$p.times")" >&2
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
col() { awk -v c="$2" '{print $c}' "$work/$1.times"; }
cpu() { awk '{print $2 + $3}' "$work/$1.times"; }
ratio() { awk -v x="$1" -v y="$2" 'BEGIN {printf "%.3f", x/y}'; }
declare -A wall lo hi ucpu api rss
for p in ck plain; do
    wall[$p]=$(col "$p" 1 | median)
    lo[$p]=$(col "$p" 1 | sort -g | head -n 1)
    hi[$p]=$(col "$p" 1 | sort -g | tail -n 1)
    ucpu[$p]=$(cpu "$p" | median)
    rss[$p]=$(col "$p" 4 | median)
    api[$p]=$(col "$p" 5 | median)
done
thr=$(ratio "${wall[plain]}" "${wall[ck]}")
thr_cpu=$(ratio "${ucpu[plain]}" "${ucpu[ck]}")
{
    echo "## HTTP paging benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "$(nproc) cores, $(java -version 2>&1 | head -n 1), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')," \
        "load average $load_before before, $load_after after."
    echo "N = $N trades, pages of 1,000, to /dev/null; $REPS interleaved runs of each; client flags \`$JAVA_OPTS\`."
    echo
    echo "| program | wall median (s) | wall min - max (s) | records/s (median) | client CPU user+sys (s) | API server CPU (s) | peak RSS (MB) |"
    echo "|---|---|---|---|---|---|---|"
    for p in ck plain; do
        echo "| $(describe "$p") | ${wall[$p]} | ${lo[$p]} - ${hi[$p]} |" \
            "$(awk -v n="$N" -v s="${wall[$p]}" 'BEGIN {printf "%.0f k/s", n/s/1000}') |" \
            "${ucpu[$p]} | ${api[$p]} | $(awk -v k="${rss[$p]}" 'BEGIN {printf "%.0f", k/1024}') |"
    done
    echo
    echo "| target | measured | verdict |"
    echo "|---|---|---|"
    echo "| connector throughput >= 0.9 x the plain loop's | wall (median): $thr x; client CPU: the connector uses $(ratio "${ucpu[ck]}" "${ucpu[plain]}") x the loop's ($thr_cpu x its throughput per CPU second) |" \
        "$(if [[ ${QUICK:-0} == 1 ]]; then echo "none: a smoke run, JIT time dominates"; else awk -v v="$thr" 'BEGIN {print (v >= 0.9 ? "MET" : "MISSED")}'; fi) (wall) |"
} | tee "$work/results.md"
