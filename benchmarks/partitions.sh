#!/usr/bin/env bash
# The size of a partitioned stream's STATE and the time to write it, at 10, 1,000, 10,000 and
# 100,000 partitions (benchmarks/RESULTS.md, "Partitioned state"). About 30 seconds.
#
#   benchmarks/partitions.sh [partition counts...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests -pl benchmarks -am package
java -Xms1g -Xmx1g -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar \
    io.cursorkit.runtime.internal.PartitionStateBenchmark "$@"
