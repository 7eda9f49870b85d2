#!/usr/bin/env bash
# The scale-out figure of issue 19 (docs/benchmarks.md "Scale-out: one node and two"): the same attempt
# load (bench/attempt-load.sh's generator) against ONE node of a cluster started by bench/cluster.sh, then
# against BOTH nodes behind the balancer, on the same Galera cluster, in the same run (the ratio).
# On this machine both nodes, the three Galera nodes, HAProxy and the generator share the same 2 cores:
# the figure shows what a second node costs and what it spreads, not the speed-up of a second machine.
# Usage:
#   ./mvnw -q -B -Pbench -pl bench -am package -Dmaven.test.skip=true
#   NODE_OPTS=-Xmx2g bench/cluster.sh start && bench/scale-out.sh; bench/cluster.sh stop
#   RAMP=2000 STAGE_MINUTES=1 SITTING_SIZE=500 bench/scale-out.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${CLUSTER_WORK:-/tmp/khaothi-cluster}
BENCH=${BENCH_CLASSPATH:-bench/target/benchmarks.jar}
[ -f "$WORK/jwt-secret" ] || { echo "no cluster under $WORK: bench/cluster.sh start first"; exit 1; }
NODE1=$(cat "$WORK/node1.run"); NODE2=$(cat "$WORK/node2.run"); DB1=$(cat "$WORK/db1.run")
for pid in "$NODE1" "$NODE2" "$DB1"; do kill -0 "$pid" 2>/dev/null || { echo "pid $pid is not running: restart the cluster"; exit 1; }; done
export KHAOTHI_JWT_SECRET="$(cat "$WORK/jwt-secret")" RAMP=${RAMP:-2000} STAGE_MINUTES=${STAGE_MINUTES:-1} \
  KHAOTHI_DB_URL="jdbc:mariadb://127.0.0.1:23300/khaothi" KHAOTHI_DB_USER=khaothi KHAOTHI_DB_PASSWORD="$(cat "$WORK/db-password")"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== one node (node1 direct, 127.0.0.1:28081; node2 idle in the cluster)"
KHAOTHI_URL=http://127.0.0.1:28081/ SERVER_PID=$NODE1 DB_PID=$DB1 timeout 30m java -Xss512k -cp "$BENCH" vn.khaothi.bench.live.AttemptLoad
echo "== two nodes behind HAProxy (127.0.0.1:28080, round robin, WebSockets)"
KHAOTHI_URL=http://127.0.0.1:28080/ SERVER_PID=$NODE1,$NODE2 DB_PID=$DB1 timeout 30m java -Xss512k -cp "$BENCH" vn.khaothi.bench.live.AttemptLoad
