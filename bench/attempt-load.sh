#!/usr/bin/env bash
# Attempt load benchmark (issue 6; docs/benchmarks.md "Online attempts under load").
# Starts khaothi.jar against a throw-away database on the machine's MariaDB, then runs the load
# generator (vn.khaothi.bench.live.AttemptLoad): for each N of RAMP, N students (in sittings of SITTING_SIZE,
# default 500) start at once and
# answer every 20-30 s over the attempt socket for STAGE_MINUTES; it prints ack latency
# percentiles, the no-database protocol round trip as the baseline, lost answers, server CPU/RSS.
# Usage:
#   ./mvnw -q -B -Pbench package -pl web,bench -am -Dmaven.test.skip=true   # web/target/khaothi.jar and the generator
#   bench/attempt-load.sh                         # RAMP=2000,4000,6000,8000,10000 SITTING_SIZE=500 STAGE_MINUTES=2
#   RAMP=2000 STAGE_MINUTES=3 bench/attempt-load.sh
#   RAMP=10000 STAGE_MINUTES=0 bench/attempt-load.sh   # the start spike alone (no sockets)
#   CONNECTING=64 (handshakes in flight while the sockets connect), SERVER_OPTS=... (the server JVM's options)
# Needs: MariaDB at 127.0.0.1:3306 (user root, no password), or DB_MODE=embedded: the server starts its own
# embedded MariaDB (the default a school gets) on EMBEDDED_DB_PORT (default 13306) in a throw-away data dir.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${KHAOTHI_JAR:-web/target/khaothi.jar}
BENCH=bench/target/benchmarks.jar
[ -f "$JAR" ] && [ -f "$BENCH" ] || { echo "build first (see the usage at the top of $0)"; exit 1; }
PORT=${PORT:-18081}
DB=${LOAD_DB:-khaothi_load}
DB_MODE=${DB_MODE:-mariadb}
if curl -fs -o /dev/null "http://127.0.0.1:$PORT/health"; then echo "port $PORT is taken (an earlier run still up?)"; exit 1; fi
DATA=$(mktemp -d "${TMPDIR:-/tmp}/khaothi-load.XXXXXX")
SECRET=$(head -c 32 /dev/urandom | base64 -w0)
case "$DB_MODE" in
  mariadb)
    CLIENT=$(command -v mariadb || command -v mysql)
    "$CLIENT" -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    DB_PORT=3306
    export KHAOTHI_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" KHAOTHI_DB_USER=root KHAOTHI_DB_PASSWORD="" ;;
  embedded)
    DB_PORT=${EMBEDDED_DB_PORT:-13306}
    export KHAOTHI_EMBEDDED_DB_PORT=$DB_PORT ;;
  *) echo "DB_MODE is mariadb or embedded"; exit 1 ;;
esac
export KHAOTHI_JWT_SECRET="$SECRET" KHAOTHI_DATA_DIR="$DATA" KHAOTHI_DEMO=true PORT KHAOTHI_LOG_FORMAT=text
java ${SERVER_OPTS:-} -jar "$JAR" > "$DATA/server.log" 2>&1 &
SERVER=$!
stop() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
trap stop EXIT INT TERM
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/health" && break
  kill -0 $SERVER 2>/dev/null || { echo "server died, see $DATA/server.log"; exit 1; }
  sleep 0.5
done
if [ "$DB_MODE" = embedded ]; then
  # the generator inserts its students over JDBC with the application's own database account
  export KHAOTHI_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/khaothi" KHAOTHI_DB_USER=khaothi KHAOTHI_DB_PASSWORD="$(cat "$DATA/db-password")"
fi
echo "server up (pid $SERVER, log $DATA/server.log, database: $DB_MODE); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
KHAOTHI_URL="http://127.0.0.1:$PORT/" SERVER_PID=$SERVER DB_PID=$( (ss -ltnpH "sport = :$DB_PORT" 2>/dev/null | grep -o "pid=[0-9]*" | head -1 | cut -d= -f2) || true) \
  java -Xss512k -cp "$BENCH" vn.khaothi.bench.live.AttemptLoad
