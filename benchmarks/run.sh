#!/usr/bin/env bash
# Runs every cursorkit benchmark and prints one table (markdown, also saved to
# benchmarks/target/bench/results.md). What is measured and why: benchmarks/RESULTS.md.
#
#   benchmarks/run.sh                 full run: N = 5,000,000, 5 repetitions (~8 min on 2 quiet cores)
#   QUICK=1 benchmarks/run.sh         smoke run: small N, 2 repetitions, short JMH (~1 min); checks
#                                     that everything runs, its figures mean little
#
# Environment (defaults in brackets):
#   N [5000000]  SMALL_N [100000]  REPS [5]  START_REPS [20]  CPU_N [1000000]  CPU_ROUNDS [9]
#   JAVA_OPTS  flags of every whole-process run (read) [-Xms64m -Xmx64m -XX:+AlwaysPreTouch -XX:+UseSerialGC]
#   START_OPTS flags of the start-up runs (spec, discover, hello) [-Xmx64m -XX:+UseSerialGC]
#   SKIP_BUILD=1  use the jar as built;  SKIP_JMH=1  no JMH;  MVN_FLAGS  e.g. -o for offline
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
if [[ ${QUICK:-0} == 1 ]]; then
    N=${N:-300000}; SMALL_N=${SMALL_N:-30000}; REPS=${REPS:-2}; START_REPS=${START_REPS:-5}
    CPU_N=${CPU_N:-200000}; CPU_ROUNDS=${CPU_ROUNDS:-3}
    JMH_ARGS=${JMH_ARGS:--f 1 -wi 1 -w 1s -i 2 -r 1s}
else
    N=${N:-5000000}; SMALL_N=${SMALL_N:-100000}; REPS=${REPS:-5}; START_REPS=${START_REPS:-20}
    CPU_N=${CPU_N:-1000000}; CPU_ROUNDS=${CPU_ROUNDS:-9}
    JMH_ARGS=${JMH_ARGS:--f 1 -wi 3 -w 2s -i 5 -r 2s}
fi
JAVA_OPTS=${JAVA_OPTS:--Xms64m -Xmx64m -XX:+AlwaysPreTouch -XX:+UseSerialGC}
START_OPTS=${START_OPTS:--Xmx64m -XX:+UseSerialGC}
JAR=$here/target/benchmarks.jar
MAIN=io.cursorkit.benchmarks.connector.SourceSyntheticStocksMain
BASE=io.cursorkit.benchmarks.baseline
work=$here/target/bench
mkdir -p "$work"

die() { echo "run.sh: $*" >&2; exit 2; }
[[ -x /usr/bin/time ]] || die "needs GNU time for peak memory: apt-get install -y time"
command -v java >/dev/null || die "needs java 17 on the PATH"

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    echo "building: runtime, processor, testkit, http and sample-http-connector (install; the last for a test of the HTTP benchmark), then benchmarks (package)" >&2
    (cd "$root" && mvn -q ${MVN_FLAGS:-} -pl runtime,processor,testkit,http,sample-http-connector install -DskipTests -Dspotless.check.skip=true \
        && mvn -q ${MVN_FLAGS:-} -pl benchmarks package -DskipTests) || die "build failed"
fi
[[ -f $JAR ]] || die "$JAR is missing: build with 'mvn -pl benchmarks package' first"

# ---------- helpers ----------
least() { sort -g | head -n 1; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { awk -v x="$1" -v y="$2" 'BEGIN {if (x=="n/a" || y=="n/a" || y==0) print "n/a"; else printf "%.3f", x/y}'; }
verdict() { # value op limit
    awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {if (v=="n/a") print "n/a"; else if ((op=="<=" && v<=l) || (op==">=" && v>=l)) print "MET"; else print "MISSED"}'
}

# CMD := the command line of program $1 reading $2 records
EXTRA_OPTS=""
set_command() {
    local dir=$work/n$2
    case $1 in
        ck)  CMD=(java $JAVA_OPTS -cp "$JAR" "$MAIN" read --config "$dir/config.json" --catalog "$dir/catalog-stock_prices.json") ;;
        ck0) CMD=(java $JAVA_OPTS -cp "$JAR" "$MAIN" read --config "$dir/config.json" --catalog "$dir/catalog-stock_quotes.json") ;;
        a)   CMD=(java $JAVA_OPTS -cp "$JAR" "$BASE.HandWritten" "$2") ;;
        b)   CMD=(java $JAVA_OPTS -cp "$JAR" "$BASE.ObjectMapperPerMessage" "$2") ;;
        c)   CMD=(java $JAVA_OPTS -cp "$JAR" "$BASE.JsonNodeTree" "$2") ;;
        *)   die "unknown program $1" ;;
    esac
}
describe() {
    case $1 in
        ck)  echo "cursorkit read, state every 1000" ;;
        ck0) echo "cursorkit read, state at end only" ;;
        a)   echo "(a) hand-written JsonGenerator" ;;
        b)   echo "(b) ObjectMapper per message" ;;
        c)   echo "(c) JsonNode + System.out.println" ;;
    esac
}

# timed PROGRAM N OUTFILE: runs it, appends "wall_s maxrss_kb user_s sys_s" to $work/PROGRAM.N.times
timed() {
    set_command "$1" "$2"
    CMD=("${CMD[0]}" $EXTRA_OPTS "${CMD[@]:1}")
    if ! /usr/bin/time -f "%e %M %U %S" -o "$work/time.tmp" "${CMD[@]}" >"$3" 2>"$work/$1.stderr"; then
        echo "run.sh: $(describe "$1") failed at N=$2, see $work/$1.stderr" >&2
        return 1
    fi
    tail -n 1 "$work/time.tmp" >>"$work/$1${4:-}.$2.times"
}

# ---------- which programs ----------
programs=(a b c)
if java -cp "$JAR" io.cursorkit.benchmarks.Setup "$work/n$N" "$N" 2>"$work/setup.stderr" \
    && java -cp "$JAR" io.cursorkit.benchmarks.Setup "$work/n$SMALL_N" "$SMALL_N" 2>>"$work/setup.stderr" \
    && java $START_OPTS -cp "$JAR" "$MAIN" spec 2>"$work/spec.stderr" | grep '"type":"SPEC"' >/dev/null; then
    programs=(ck ck0 a b c)
else
    echo "run.sh: the synthetic connector does not run yet (see $work/setup.stderr, $work/spec.stderr); baselines only" >&2
fi
rm -f "$work"/*.times

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "N=$N SMALL_N=$SMALL_N REPS=$REPS programs: ${programs[*]} (load $load_before)" >&2

# ---------- small N: output check, bytes, peak memory ----------
declare -A bytes records states
for p in "${programs[@]}"; do
    out=$work/$p.out
    timed "$p" "$SMALL_N" "$out"
    bytes[$p]=$(wc -c <"$out")
    records[$p]=$(grep -c '"type":"RECORD"' "$out" || true)
    states[$p]=$(grep -c '"type":"STATE"' "$out" || true)
    [[ ${records[$p]} == "$SMALL_N" ]] || die "$(describe "$p") wrote ${records[$p]} records for N=$SMALL_N, see $out"
    rm -f "$out"
    for ((i = 1; i < 3; i++)); do timed "$p" "$SMALL_N" /dev/null; done
done

# ---------- large N: throughput and peak memory, interleaved so that noise hits all alike ----------
for ((rep = 0; rep < REPS; rep++)); do
    count=${#programs[@]}
    for ((k = 0; k < count; k++)); do
        p=${programs[$(((k + rep) % count))]}
        timed "$p" "$N" /dev/null
        echo "  rep $((rep + 1))/$REPS $(describe "$p"): $(tail -n 1 "$work/$p.$N.times")" >&2
    done
done

# peak memory without C2: its compiler arenas and code cache grow with the run's length in
# every program; with C1 only what is left is what the program itself holds
if [[ ${programs[0]} == ck ]]; then
    EXTRA_OPTS=-XX:TieredStopAtLevel=1
    for n in "$SMALL_N" "$N"; do timed ck "$n" /dev/null .c1; timed a "$n" /dev/null .c1; done
    EXTRA_OPTS=""
fi

declare -A secs best cpu rss_small rss_big
for p in "${programs[@]}"; do
    secs[$p]=$(cut -d' ' -f1 "$work/$p.$N.times" | median)
    best[$p]=$(cut -d' ' -f1 "$work/$p.$N.times" | least)
    cpu[$p]=$(awk '{print $3 + $4}' "$work/$p.$N.times" | median)
    rss_big[$p]=$(cut -d' ' -f2 "$work/$p.$N.times" | median)
    rss_small[$p]=$(cut -d' ' -f2 "$work/$p.$SMALL_N.times" | median)
done

# ---------- start-up: spec and discover against a JVM that prints one line ----------
declare -A start_ms
startup_programs=(hello)
[[ ${programs[0]} == ck ]] && startup_programs=(hello spec discover)
set_startup() {
    case $1 in
        hello)    CMD=(java $START_OPTS -cp "$JAR" io.cursorkit.benchmarks.Hello) ;;
        spec)     CMD=(java $START_OPTS -cp "$JAR" "$MAIN" spec) ;;
        discover) CMD=(java $START_OPTS -cp "$JAR" "$MAIN" discover --config "$work/n$N/config.json") ;;
    esac
}
for s in "${startup_programs[@]}"; do
    set_startup "$s"; "${CMD[@]}" >/dev/null; "${CMD[@]}" >/dev/null   # warm the page cache
    : >"$work/$s.ms"
done
for ((rep = 0; rep < START_REPS; rep++)); do
    for s in "${startup_programs[@]}"; do
        set_startup "$s"
        t0=$EPOCHREALTIME
        "${CMD[@]}" >/dev/null
        t1=$EPOCHREALTIME
        awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f\n", (b-a)*1000}' >>"$work/$s.ms"
    done
done
for s in "${startup_programs[@]}"; do start_ms[$s]=$(median <"$work/$s.ms"); done

# ---------- in-process CPU time of the reading thread (robust to a busy machine) ----------
cpu_table=""
if [[ ${programs[0]} == ck ]]; then
    echo "in-process CPU time: $CPU_ROUNDS rounds of $CPU_N records" >&2
    cpu_table=$(java $JAVA_OPTS -cp "$JAR" io.cursorkit.benchmarks.InProcessCpu "$CPU_N" "$CPU_ROUNDS" 2>"$work/cpu.stderr") \
        || die "InProcessCpu failed, see $work/cpu.stderr"
fi
cpu_of() { awk -v p="$1" '$1 == p {print $2}' <<<"$cpu_table"; }

# ---------- JMH ----------
jmh_table=""
if [[ ${SKIP_JMH:-0} != 1 ]]; then
    echo "JMH: $JMH_ARGS" >&2
    if java -jar "$JAR" $JMH_ARGS -rf json -rff "$work/jmh.json" 'io.cursorkit.benchmarks.jmh' >"$work/jmh.txt" 2>&1; then
        jmh_table=$(sed -n '/^Benchmark /,$p' "$work/jmh.txt")
    else
        jmh_table="JMH failed, see $work/jmh.txt"
    fi
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------- the table ----------
fmt_rate() { awk -v n="$1" -v s="$2" 'BEGIN {if (s=="n/a" || s==0) print "n/a"; else printf "%.2f M/s", n/s/1e6}'; }
mb() { awk -v k="$1" 'BEGIN {if (k=="n/a") print "n/a"; else printf "%.0f", k/1024}'; }
{
    echo "## cursorkit benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "$(nproc) cores, $(java -version 2>&1 | head -n 1), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')," \
        "load average $load_before before, $load_after after."
    echo "Whole-process flags: \`$JAVA_OPTS\`; start-up flags: \`$START_OPTS\`."
    echo "Read to /dev/null at N = $N: median and best of $REPS runs; bytes and record count at N = $SMALL_N."
    echo
    echo "| program | wall (s) | records/s | wall / (a) | best wall (s) | best / (a) | CPU user+sys (s) | CPU / (a) | bytes at $SMALL_N | peak RSS $SMALL_N (MB) | peak RSS $N (MB) | RSS $N / $SMALL_N |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    for p in "${programs[@]}"; do
        echo "| $(describe "$p") | ${secs[$p]} | $(fmt_rate "$N" "${secs[$p]}") | $(ratio "${secs[$p]}" "${secs[a]}") |" \
            "${best[$p]} | $(ratio "${best[$p]}" "${best[a]}") |" \
            "${cpu[$p]} | $(ratio "${cpu[$p]}" "${cpu[a]}") |" \
            "${bytes[$p]} | $(mb "${rss_small[$p]}") | $(mb "${rss_big[$p]}") | $(ratio "${rss_big[$p]}" "${rss_small[$p]}") |"
    done
    if [[ -n $cpu_table ]]; then
        echo
        echo "In-process, CPU time of the reading thread per record (median of $CPU_ROUNDS interleaved rounds of $CPU_N; no JVM start, GC or JIT threads):"
        echo
        echo "| program | ns/record | vs hand-written |"
        echo "|---|---|---|"
        for q in handWritten cursorkitStateEvery1000 cursorkitStateAtEnd; do
            echo "| $q | $(cpu_of "$q") | $(ratio "$(cpu_of "$q")" "$(cpu_of handWritten)") |"
        done
    fi
    echo
    echo "| start-up (median of $START_REPS) | ms | vs hello |"
    echo "|---|---|---|"
    for s in "${startup_programs[@]}"; do
        echo "| $s | ${start_ms[$s]} | $(ratio "${start_ms[$s]}" "${start_ms[hello]}") |"
    done
    echo
    if [[ ${programs[0]} == ck ]]; then
        thr=$(ratio "${secs[a]}" "${secs[ck]}")
        thr_cpu=$(ratio "${cpu[a]}" "${cpu[ck]}")
        thr_best=$(ratio "${best[a]}" "${best[ck]}")
        ckpt_best=$(awk -v x="${best[ck]}" -v y="${best[ck0]}" 'BEGIN {printf "%.1f", (x/y-1)*100}')
        thr_in=$(ratio "$(cpu_of handWritten)" "$(cpu_of cursorkitStateEvery1000)")
        ckpt_in=$(awk -v x="$(cpu_of cursorkitStateEvery1000)" -v y="$(cpu_of cursorkitStateAtEnd)" 'BEGIN {printf "%.1f", (x/y-1)*100}')
        vs_b=$(ratio "${secs[b]}" "${secs[ck]}")
        vs_c=$(ratio "${secs[c]}" "${secs[ck]}")
        ckpt=$(awk -v x="${secs[ck]}" -v y="${secs[ck0]}" 'BEGIN {printf "%.1f", (x/y-1)*100}')
        flat=$(ratio "${rss_big[ck]}" "${rss_small[ck]}")
        mem_a=$(ratio "${rss_big[ck]}" "${rss_big[a]}")
        c1_rss() { cut -d' ' -f2 "$work/$1.c1.$2.times" | median; }
        flat_c1=$(ratio "$(c1_rss ck "$N")" "$(c1_rss ck "$SMALL_N")")
        flat_c1_a=$(ratio "$(c1_rss a "$N")" "$(c1_rss a "$SMALL_N")")
        spec=$(ratio "${start_ms[spec]}" "${start_ms[hello]}")
        disc=$(ratio "${start_ms[discover]}" "${start_ms[hello]}")
        echo "| target | measured | verdict |"
        echo "|---|---|---|"
        echo "| read throughput >= 0.9 x (a) | wall: $thr x (a), $vs_b x (b), $vs_c x (c); best wall: $thr_best x (a); process CPU: $thr_cpu x (a); in-process CPU: $thr_in x (a) | $(verdict "$thr" '>=' 0.9) (wall), $(verdict "$thr_best" '>=' 0.9) (best wall), $(verdict "$thr_cpu" '>=' 0.9) (process CPU), $(verdict "$thr_in" '>=' 0.9) (in-process CPU) |"
        echo "| state every 1000 records costs < 3 % | wall: $ckpt %; best wall: $ckpt_best %; in-process CPU: $ckpt_in % | $(verdict "$ckpt" '<=' 3) (wall), $(verdict "$ckpt_best" '<=' 3) (best wall), $(verdict "$ckpt_in" '<=' 3) (in-process CPU) |"
        echo "| peak RSS flat in N (within 10 %) | $flat ((a): $(ratio "${rss_big[a]}" "${rss_small[a]}")) | $(verdict "$flat" '<=' 1.10) |"
        echo "| the same, C1 only (\`-XX:TieredStopAtLevel=1\`, no C2 arenas) | $flat_c1 ((a): $flat_c1_a) | $(verdict "$flat_c1" '<=' 1.10) |"
        echo "| peak RSS <= 1.2 x (a) at N = $N | $mem_a | $(verdict "$mem_a" '<=' 1.2) |"
        echo "| spec start-up <= 1.5 x hello | $spec | $(verdict "$spec" '<=' 1.5) |"
        echo "| discover start-up <= 1.5 x hello | $disc | $(verdict "$disc" '<=' 1.5) |"
        echo
    fi
    if [[ -n $jmh_table ]]; then
        echo "JMH (\`$JMH_ARGS\`; score +- error at 99.9 %):"
        echo
        echo '```'
        echo "$jmh_table"
        echo '```'
    fi
} | tee "$work/results.md"
