#!/usr/bin/env bash
# Platform start-up benchmark (docs/benchmarks.md, "Platform start-up").
# Measures, in one run: a bare Payara Micro with no application (the baseline), then khaothi.jar
# on an empty data dir (first start: unpack + install MariaDB, migrate, seed the demo school),
# then khaothi.jar again on the kept data dir (a restart). Reports seconds to /health UP (or to
# "ready" for the baseline), the ratio to the baseline, and the RSS of the JVM after start.
# Usage: ./mvnw -q -B install -DskipTests && bench/platform-startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${KHAOTHI_JAR:-web/target/khaothi.jar}
PAYARA=${PAYARA_JAR:-web/target/payara-micro.jar}
PORT=${PORT:-18080}
DATA=$(mktemp -d "${TMPDIR:-/tmp}/khaothi-startup.XXXXXX")
[ -f "$JAR" ] || { echo "build first: ./mvnw -q -B install -DskipTests"; exit 1; }

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

wait_for() { # url pid start-ns -> seconds
  local url=$1 pid=$2 start=$3
  for _ in $(seq 1 1800); do
    if curl -fs -o /dev/null "$url" 2>/dev/null; then
      echo "scale=1; ($(date +%s%N) - $start) / 1000000000" | bc; return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "process died" >&2; return 1; }
    sleep 0.1
  done
  echo "timeout" >&2; return 1
}

run_khaothi() { # label
  local start pid secs
  start=$(date +%s%N)
  KHAOTHI_DATA_DIR="$DATA" PORT=$PORT java -jar "$JAR" > "$DATA/$1.log" 2>&1 &
  pid=$!
  secs=$(wait_for "http://127.0.0.1:$PORT/health" $pid "$start")
  sleep 2
  echo "$1: ${secs}s to /health UP, RSS $(rss_mb $pid) MB (JVM; the MariaDB child is separate: $(pgrep -f "$DATA/mariadb" | head -1 | xargs -r -I{} awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/{}/status))"
  kill $pid; wait $pid 2>/dev/null || true
  echo "$secs" > "$DATA/$1.secs"
}

start=$(date +%s%N)
java -jar "$PAYARA" --port $PORT --nocluster --disablephonehome > "$DATA/baseline.log" 2>&1 &
pid=$!
# An empty Payara has no health endpoint to poll: wait for its "ready in" log line.
for _ in $(seq 1 1200); do grep -q "ready in" "$DATA/baseline.log" && break; sleep 0.1; done
base=$(echo "scale=1; ($(date +%s%N) - $start) / 1000000000" | bc)
echo "baseline (bare Payara Micro, no application): ${base}s, RSS $(rss_mb $pid) MB"
kill $pid; wait $pid 2>/dev/null || true

run_khaothi first-start
run_khaothi restart
echo "ratio first start / baseline: $(echo "scale=2; $(cat "$DATA/first-start.secs") / $base" | bc)"
echo "ratio restart / baseline:     $(echo "scale=2; $(cat "$DATA/restart.secs") / $base" | bc)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$DATA"
