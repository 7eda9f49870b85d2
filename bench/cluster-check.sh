#!/usr/bin/env bash
# The cluster check of issue 19 (docs/benchmarks.md "A cluster: fan-out and failover"), against a
# cluster started by bench/cluster.sh: live fan-out across nodes, then node 2 killed and the Galera
# writer killed mid-sitting, with every acknowledged answer looked up afterwards.
# Usage:
#   ./mvnw -o -q -B -Pbench -pl bench -am package -Dmaven.test.skip=true
#   bench/cluster.sh start && bench/cluster-check.sh; bench/cluster.sh stop
#   STUDENTS=60 ANSWER_SECONDS=50 bench/cluster-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${CLUSTER_WORK:-/tmp/khaothi-cluster}
BENCH=${BENCH_CLASSPATH:-bench/target/benchmarks.jar}
[ -f "$WORK/jwt-secret" ] || { echo "no cluster under $WORK: bench/cluster.sh start first"; exit 1; }
KHAOTHI_URL=http://127.0.0.1:28080/ KHAOTHI_JWT_SECRET="$(cat "$WORK/jwt-secret")" \
KHAOTHI_DB_URL="jdbc:mariadb://127.0.0.1:23300/khaothi?user=khaothi&password=$(cat "$WORK/db-password")" \
CLUSTER_SCRIPT=bench/cluster.sh timeout 15m java -cp "$BENCH" vn.khaothi.bench.live.ClusterCheck
