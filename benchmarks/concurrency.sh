#!/usr/bin/env bash
# Concurrent reads (issue 11, points 3 and 4): whole processes of the synthetic connector, figures
# in benchmarks/RESULTS.md ("Concurrency") and README ("Speed"). The measures:
#
#   I/O bound  stream paged_prices: sorted partitions (@Partitions + @CheckpointInterval(1000)),
#              a 20 ms wait per page of 500 records; concurrency 8 vs 1 (target >= 6 x)
#   CPU bound  stream stock_halves: the same records in two sorted partitions made in memory;
#              concurrency 2 vs (a), the single-threaded hand-written JsonGenerator (target >= 1.5 x),
#              with 5 M records and again with 20 M (steady state: the JIT warm-up a tenth of the run)
#   memory     peak RSS of the I/O-bound runs, concurrency 8 vs 1 (target <= 1.5 x)
#   read ahead stream paged_slices: the same source as a sorted sliced stream, whose slices are read
#              ahead and emitted in order; concurrency 8 with 32 slices of 25,000 records and with
#              128 slices of 6,250, vs concurrency 1 (the same 1,600 pages either way)
#
#   benchmarks/concurrency.sh            ~11 min; QUICK=1 benchmarks/concurrency.sh  ~1 min smoke run
#
# Environment (defaults in brackets): IO_N [800000] PARTITIONS [32] PAGE_MILLIS [20] IO_REPS [3]
#   CPU_N [5000000] CPU_REPS [5]  LONG_N [20000000] LONG_REPS [3]  SKIP_BUILD=1 uses the jar as built
#   CPU_OPTS [-Xms64m -Xmx64m -XX:+AlwaysPreTouch -XX:+UseSerialGC] (run.sh's flags, for (a) too)
#   IO_OPTS  [-Xmx256m -XX:+UseSerialGC] (no fixed heap: a heap that grew would show in RSS)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
if [[ ${QUICK:-0} == 1 ]]; then
    IO_N=${IO_N:-64000}; IO_REPS=${IO_REPS:-1}; CPU_N=${CPU_N:-500000}; CPU_REPS=${CPU_REPS:-2}
    LONG_N=${LONG_N:-1000000}; LONG_REPS=${LONG_REPS:-1}
else
    IO_N=${IO_N:-800000}; IO_REPS=${IO_REPS:-3}; CPU_N=${CPU_N:-5000000}; CPU_REPS=${CPU_REPS:-5}
    # the CPU-bound measure again, 4 x longer: the JIT's warm-up (about 1.5 s of a core) weighs a
    # quarter of a 5 M run and a tenth of this one, which shows the throughput of steady state
    LONG_N=${LONG_N:-20000000}; LONG_REPS=${LONG_REPS:-3}
fi
PARTITIONS=${PARTITIONS:-32}; PAGE_MILLIS=${PAGE_MILLIS:-20}
CPU_OPTS=${CPU_OPTS:--Xms64m -Xmx64m -XX:+AlwaysPreTouch -XX:+UseSerialGC}
IO_OPTS=${IO_OPTS:--Xmx256m -XX:+UseSerialGC}
JAR=$here/target/benchmarks.jar
MAIN=io.cursorkit.benchmarks.connector.SourceSyntheticStocksMain
work=$here/target/bench-concurrency
mkdir -p "$work"
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    # package only, from this tree's reactor: nothing is installed into ~/.m2
    (cd "$root" && mvn -q -o -B -DskipTests -Dspotless.check.skip=true -pl benchmarks -am package) \
        || { echo "build failed" >&2; exit 2; }
fi

java -cp "$JAR" io.cursorkit.benchmarks.Setup "$work/io" "$IO_N" >/dev/null
java -cp "$JAR" io.cursorkit.benchmarks.Setup "$work/cpu" "$CPU_N" >/dev/null
for c in 1 8; do
    printf '{"records": %d, "partitions": %d, "page_millis": %d, "concurrency": %d}\n' \
        "$IO_N" "$PARTITIONS" "$PAGE_MILLIS" "$c" >"$work/io/config-c$c.json"
done
for c in 1 2; do
    printf '{"records": %d, "concurrency": %d}\n' "$CPU_N" "$c" >"$work/cpu/config-c$c.json"
    printf '{"records": %d, "concurrency": %d}\n' "$LONG_N" "$c" >"$work/cpu/config-long-c$c.json"
done
for s in 32 128; do
    for c in 1 8; do
        printf '{"records": %d, "partitions": %d, "page_millis": %d, "concurrency": %d}\n' \
            "$IO_N" "$s" "$PAGE_MILLIS" "$c" >"$work/io/config-s$s-c$c.json"
    done
done
rm -f "$work"/*.times

# run NAME N -- command...: appends "wall_s maxrss_kb user_s sys_s" to $work/NAME.times and checks
# that the output holds N records
run() {
    local name=$1 n=$2; shift 3
    /usr/bin/time -f "%e %M %U %S" -o "$work/time.tmp" "$@" >"$work/out.tmp" 2>"$work/$name.stderr" \
        || { echo "$name failed, see $work/$name.stderr" >&2; exit 1; }
    local records
    records=$(grep -c '"type":"RECORD"' "$work/out.tmp" || true)
    [[ $records == "$n" ]] || { echo "$name wrote $records records, not $n" >&2; exit 1; }
    tail -n 1 "$work/time.tmp" >>"$work/$name.times"
    echo "  $name: $(tail -n 1 "$work/time.tmp") (wall s, max RSS KB, user s, sys s)" >&2
}
io() { run "io-c$1" "$IO_N" -- java $IO_OPTS -cp "$JAR" "$MAIN" read --config "$work/io/config-c$1.json" \
    --catalog "$work/io/catalog-paged_prices.json"; }
cpu_ck() { run "cpu-c$1" "$CPU_N" -- java $CPU_OPTS -cp "$JAR" "$MAIN" read --config "$work/cpu/config-c$1.json" \
    --catalog "$work/cpu/catalog-stock_halves.json"; }
ahead() { run "ahead-s$1-c$2" "$IO_N" -- java $IO_OPTS -cp "$JAR" "$MAIN" read \
    --config "$work/io/config-s$1-c$2.json" --catalog "$work/io/catalog-paged_slices.json"; }
cpu_a() { run "cpu-a" "$CPU_N" -- java $CPU_OPTS -cp "$JAR" io.cursorkit.benchmarks.baseline.HandWritten "$CPU_N"; }
long_ck() { run "long-c$1" "$LONG_N" -- java $CPU_OPTS -cp "$JAR" "$MAIN" read \
    --config "$work/cpu/config-long-c$1.json" --catalog "$work/cpu/catalog-stock_halves.json"; }
long_a() { run "long-a" "$LONG_N" -- java $CPU_OPTS -cp "$JAR" io.cursorkit.benchmarks.baseline.HandWritten "$LONG_N"; }

load_before_line=$(cat /proc/loadavg)
echo "load before: $load_before_line" >&2
echo "I/O bound: $IO_N records, $PARTITIONS partitions, $PAGE_MILLIS ms per page of 500, $IO_REPS x interleaved" >&2
for ((r = 0; r < IO_REPS; r++)); do
    if ((r % 2 == 0)); then io 1; io 8; else io 8; io 1; fi
done
echo "read ahead: $IO_N records in 32 or 128 slices, $IO_REPS x interleaved" >&2
for ((r = 0; r < IO_REPS; r++)); do
    if ((r % 2 == 0)); then ahead 128 1; ahead 32 8; ahead 128 8; else ahead 128 8; ahead 32 8; ahead 128 1; fi
done
# rounds REPS A B C: REPS rounds of three commands, each round in another order
rounds() {
    local reps=$1 r
    shift
    for ((r = 0; r < reps; r++)); do
        case $((r % 3)) in
            0) $1; $2; $3 ;;
            1) $2; $3; $1 ;;
            2) $3; $1; $2 ;;
        esac
    done
}
echo "CPU bound: $CPU_N records, $CPU_REPS x interleaved" >&2
rounds "$CPU_REPS" cpu_a "cpu_ck 2" "cpu_ck 1"
echo "CPU bound, long: $LONG_N records, $LONG_REPS x interleaved" >&2
rounds "$LONG_REPS" long_a "long_ck 2" "long_ck 1"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

col() { cut -d' ' -f"$2" "$work/$1.times"; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
spread() { sort -g | awk 'NR==1{lo=$1} {hi=$1} END {print lo "-" hi}'; }
cpu_s() { awk '{print $3 + $4}' "$work/$1.times"; }
ratio() { awk -v x="$1" -v y="$2" 'BEGIN {printf "%.2f", x / y}'; }
verdict() { awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {print ((op == ">=" && v >= l) || (op == "<=" && v <= l)) ? "MET" : "MISSED"}'; }

{
    echo "| run | records | wall s, median (spread) | records/s | CPU s (user+sys), median | peak RSS MB, median |"
    echo "|---|---|---|---|---|---|"
    for name in io-c1 io-c8 ahead-s128-c1 ahead-s32-c8 ahead-s128-c8 cpu-a cpu-c1 cpu-c2 long-a long-c1 long-c2; do
        n=$IO_N; [[ $name == cpu-* ]] && n=$CPU_N; [[ $name == long-* ]] && n=$LONG_N
        wall=$(col "$name" 1 | median)
        printf '| %s | %d | %s (%s) | %.0f | %s | %.0f |\n' "$name" "$n" "$wall" "$(col "$name" 1 | spread)" \
            "$(awk -v n="$n" -v w="$wall" 'BEGIN {print n / w}')" "$(cpu_s "$name" | median)" \
            "$(awk -v k="$(col "$name" 2 | median)" 'BEGIN {print k / 1024}')"
    done
    io_x=$(ratio "$(col io-c1 1 | median)" "$(col io-c8 1 | median)")
    cpu_x=$(ratio "$(col cpu-a 1 | median)" "$(col cpu-c2 1 | median)")
    rss_x=$(ratio "$(col io-c8 2 | median)" "$(col io-c1 2 | median)")
    echo
    echo "| target | measured | |"
    echo "|---|---|---|"
    echo "| I/O bound: concurrency 8 >= 6 x the throughput of concurrency 1 | $io_x x | $(verdict "$io_x" ">=" 6) |"
    echo "| CPU bound: concurrency 2 >= 1.5 x (a) hand-written | $cpu_x x (concurrency 1: $(ratio "$(col cpu-a 1 | median)" "$(col cpu-c1 1 | median)") x) | $(verdict "$cpu_x" ">=" 1.5) |"
    long_x=$(ratio "$(col long-a 1 | median)" "$(col long-c2 1 | median)")
    echo "| CPU bound, $LONG_N records: concurrency 2 >= 1.5 x (a) | $long_x x (concurrency 1: $(ratio "$(col long-a 1 | median)" "$(col long-c1 1 | median)") x) | $(verdict "$long_x" ">=" 1.5) |"
    echo "| peak RSS: concurrency 8 <= 1.5 x concurrency 1 | $rss_x x | $(verdict "$rss_x" "<=" 1.5) |"
    echo "| read ahead (sliced, emitted in order): concurrency 8 vs 1 | 32 slices $(ratio "$(col ahead-s128-c1 1 | median)" "$(col ahead-s32-c8 1 | median)") x, 128 slices $(ratio "$(col ahead-s128-c1 1 | median)" "$(col ahead-s128-c8 1 | median)") x; peak RSS $(ratio "$(col ahead-s128-c8 2 | median)" "$(col ahead-s128-c1 2 | median)") x | (no target) |"
    echo
    echo "load average before / after: $(cut -d' ' -f1-3 <<<"$load_before_line") / $load_after; $(git -C "$root" rev-parse --short HEAD)"
} | tee "$work/results.md"
