#!/usr/bin/env bash
# The scanning benchmark (docs/scanning.md): accuracy over generated answer-sheet photos per distortion level
# and sheets/second against decoding alone, in the same run.
#   bench/scan-benchmark.sh [sheets-per-level=300] [threads=2] [photos-for-speed=120]
# Pin to two cores with: taskset -c 0,1 bench/scan-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
./mvnw -B -q -o -pl item-bank,engine test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$cp_file" >/dev/null
exec java -Xmx1500m -cp "engine/target/test-classes:engine/target/classes:$(cat "$cp_file")" \
  vn.khaothi.engine.scan.ScanBenchmark "${1:-300}" "${2:-2}" "${3:-120}"
