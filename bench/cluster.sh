#!/usr/bin/env bash
# A Khảo Thí cluster on one machine, loopback only (issue 19; docs/operations.md "A cluster on one
# machine"): a 3-node MariaDB Galera cluster, two khaothi.jar nodes joined by Payara Micro's
# Hazelcast (KHAOTHI_CLUSTER=true), HAProxy in front of both (HTTP + WebSocket) and of Galera.
#
#   bench/cluster.sh start      # everything up; prints the URLs; state under $WORK
#   bench/cluster.sh status     # what runs (pids, Galera size, HAProxy backends)
#   bench/cluster.sh kill-node N        # SIGKILL khaothi node N (1|2): the failover check
#   bench/cluster.sh start-node N       # start khaothi node N again
#   bench/cluster.sh kill-db N          # SIGKILL Galera node N (1|2|3)
#   bench/cluster.sh stop       # stops everything it started and removes $WORK
#
# Ports (127.0.0.1 only): HAProxy 28080 (app) and 23300 (Galera, one writer at a time), app nodes
# 28081/28082 (Hazelcast 26900+), Galera SQL 23301-23303, Galera replication 24567/24577/24587
# (IST +1, SST +2). The machine's own MariaDB (3306) is not touched. Needs root for apt-get (haproxy;
# mariadb-server, galera-4 and rsync are installed if missing). Every wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${CLUSTER_WORK:-/tmp/khaothi-cluster}
JAR=${KHAOTHI_JAR:-web/target/khaothi.jar}
LB_PORT=28080
DB_LB_PORT=23300
APP_PORTS=(28081 28082)
SQL_PORTS=(23301 23302 23303)
GALERA_PORTS=(24567 24577 24587)
HOST=127.0.0.1

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*"; exit 1; }

install_packages() {
  local missing=()
  command -v haproxy >/dev/null || missing+=(haproxy)
  command -v mariadbd >/dev/null || missing+=(mariadb-server)
  [ -f /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
  command -v rsync >/dev/null || missing+=(rsync)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} (Debian packages)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
  fi
  # the Debian packages start their own services; ours run from $WORK and never use them
}

db_cnf() {  # $1 = 1..3
  local i=$1 sql=${SQL_PORTS[$(($1-1))]} g=${GALERA_PORTS[$(($1-1))]}
  cat > "$WORK/db$i.cnf" <<EOF
[mysqld]
user=mysql
datadir=$WORK/db$i/data
socket=$WORK/db$i/sock
pid-file=$WORK/db$i/pid
log-error=$WORK/db$i/err
port=$sql
bind-address=$HOST
skip-name-resolve
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
log_bin_trust_function_creators=1   # the schema has triggers; Galera logs every change (binlog format ROW)
innodb_buffer_pool_size=64M
innodb_log_file_size=48M
innodb_flush_log_at_trx_commit=2
max_connections=300
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=khaothi-bench
wsrep_cluster_address=gcomm://$HOST:${GALERA_PORTS[0]},$HOST:${GALERA_PORTS[1]},$HOST:${GALERA_PORTS[2]}
wsrep_node_name=db$i
wsrep_node_address=$HOST:$g
wsrep_provider_options="gmcast.listen_addr=tcp://$HOST:$g;ist.recv_addr=$HOST:$((g+1));gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=$HOST:$((g+2))
wsrep_sync_wait=1
[client]
socket=$WORK/db$i/sock
EOF
}

sql() {  # $1 = node, rest = mariadb args
  local i=$1; shift
  mariadb --defaults-file="$WORK/db$i.cnf" --protocol=socket -uroot "$@"
}

wait_synced() {  # $1 = node
  for _ in $(seq 1 180); do
    kill -0 "$(cat "$WORK/db$1.run")" 2>/dev/null || die "Galera node $1 stopped (see $WORK/db$1/err)"
    if [ "$(sql "$1" -N -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = Synced ]; then
      return 0
    fi
    sleep 1
  done
  die "Galera node $1 not synced after 180 s (see $WORK/db$1/err)"
}

start_db() {  # $1 = node, $2 = extra option
  local i=$1
  mkdir -p "$WORK/db$i/data"
  chown -R mysql:mysql "$WORK/db$i"
  setsid mariadbd --defaults-file="$WORK/db$i.cnf" ${2:-} >>"$WORK/db$i.out" 2>&1 < /dev/null &
  echo $! > "$WORK/db$i.run"
  wait_synced "$i"
  log "galera db$i synced (127.0.0.1:${SQL_PORTS[$((i-1))]}), cluster size $(sql "$i" -N -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"
}

wait_gone() {  # $1 = pid
  for _ in $(seq 1 120); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$1" 2>/dev/null || true
}

haproxy_cfg() {
  cat > "$WORK/haproxy.cfg" <<EOF
global
  maxconn 9000              # within the default limit of 20,000 open files (2 per proxied connection)
defaults
  timeout connect 5s
  timeout client 75s        # pages send a heartbeat every <= 15 s; the server closes sockets silent 60 s
  timeout server 75s
  timeout tunnel 2h         # an upgraded WebSocket lives as long as the sitting
  timeout check 2s
# The application: any node serves any request or socket (the state is in the database, the live
# fan-out is cluster-wide), so no stickiness; leastconn spreads the long-lived sockets.
frontend app
  mode http
  bind $HOST:$LB_PORT
  option forwardfor
  default_backend khaothi
backend khaothi
  mode http
  balance leastconn
  option httpchk GET /health
  http-check expect status 200
  server node1 $HOST:${APP_PORTS[0]} check inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
  server node2 $HOST:${APP_PORTS[1]} check inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
# Galera: one writer at a time (avoids certification conflicts between writers); the others are
# backups that take over when it fails its check.
listen galera
  mode tcp
  bind $HOST:$DB_LB_PORT
  option mysql-check user haproxy_check
  default-server on-marked-down shutdown-sessions
  server db1 $HOST:${SQL_PORTS[0]} check inter 1s fall 2 rise 3
  server db2 $HOST:${SQL_PORTS[1]} check inter 1s fall 2 rise 3 backup
  server db3 $HOST:${SQL_PORTS[2]} check inter 1s fall 2 rise 3 backup
EOF
}

start_node() {  # $1 = 1|2
  local i=$1 port=${APP_PORTS[$(($1-1))]}
  mkdir -p "$WORK/node$i"
  KHAOTHI_DB_URL="jdbc:mariadb://$HOST:$DB_LB_PORT/khaothi" KHAOTHI_DB_USER=khaothi KHAOTHI_DB_PASSWORD="$(cat "$WORK/db-password")" \
  KHAOTHI_JWT_SECRET="$(cat "$WORK/jwt-secret")" KHAOTHI_DATA_DIR="$WORK/node$i" KHAOTHI_CLUSTER=true \
  KHAOTHI_DEMO=${KHAOTHI_DEMO:-true} KHAOTHI_LOG_FORMAT=text PORT=$port \
    setsid java ${NODE_OPTS:--Xmx768m} -jar "$JAR" --clustermode "tcpip:$HOST:26900" --interfaces $HOST --startport 26900 \
      --clustername khaothi-bench >"$WORK/node$i.log" 2>&1 < /dev/null &
  echo $! > "$WORK/node$i.run"
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "http://$HOST:$port/health" && { log "khaothi node$i up on $HOST:$port (pid $(cat "$WORK/node$i.run"))"; return 0; }
    kill -0 "$(cat "$WORK/node$i.run")" 2>/dev/null || die "node$i died, see $WORK/node$i.log"
    sleep 1
  done
  die "node$i not healthy after 300 s, see $WORK/node$i.log"
}

start() {
  [ -f "$JAR" ] || die "build first: ./mvnw -o -B -q package -pl web -am -DskipTests"
  [ ! -d "$WORK" ] || die "$WORK exists: '$0 stop' first"
  install_packages
  for p in $LB_PORT $DB_LB_PORT "${APP_PORTS[@]}" "${SQL_PORTS[@]}" "${GALERA_PORTS[@]}" 26900 26901; do
    ! ss -ltnH "sport = :$p" | grep -q . || die "port $p is taken"
  done
  mkdir -p "$WORK"
  head -c 32 /dev/urandom | base64 -w0 > "$WORK/jwt-secret"
  head -c 18 /dev/urandom | base64 -w0 | tr -d '/+=' > "$WORK/db-password"
  for i in 1 2 3; do db_cnf $i; done
  # The first node is installed; the other two start empty and receive its data by state transfer
  # (rsync SST). The servers run as the mysql account (Debian's rsync SST daemon, run as root,
  # would write as nobody).
  mkdir -p "$WORK/db1/data" && chown -R mysql:mysql "$WORK/db1"
  mariadb-install-db --defaults-file="$WORK/db1.cnf" --user=mysql --auth-root-authentication-method=normal --skip-test-db \
      --wsrep-on=OFF >"$WORK/db1.install.log" 2>&1 || die "install of db1 failed (see $WORK/db1.install.log)"
  start_db 1 --wsrep-new-cluster
  start_db 2
  start_db 3
  sql 1 -e "CREATE DATABASE khaothi CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
            CREATE USER 'khaothi'@'127.0.0.1' IDENTIFIED BY '$(cat "$WORK/db-password")';
            GRANT ALL PRIVILEGES ON khaothi.* TO 'khaothi'@'127.0.0.1';
            CREATE USER 'haproxy_check'@'127.0.0.1';"
  sql 3 -N -e "SELECT COUNT(*) FROM mysql.user WHERE user = 'khaothi'" | grep -q 1 || die "the account did not replicate to db3"
  haproxy_cfg
  haproxy -c -q -f "$WORK/haproxy.cfg" || die "haproxy configuration refused"
  haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid" || die "haproxy did not start"
  log "haproxy: app http://$HOST:$LB_PORT/ (ws too), galera $HOST:$DB_LB_PORT"
  start_node 1   # migrates the schema and seeds the demo school
  start_node 2
  sleep 3
  status
}

status() {
  for i in 1 2 3; do
    if [ -f "$WORK/db$i.run" ] && kill -0 "$(cat "$WORK/db$i.run")" 2>/dev/null; then
      log "db$i pid $(cat "$WORK/db$i.run"): $(sql $i -N -e "SHOW STATUS WHERE Variable_name IN ('wsrep_cluster_size','wsrep_local_state_comment')" | tr '\t\n' '= ')"
    else log "db$i down"; fi
  done
  for i in 1 2; do
    if [ -f "$WORK/node$i.run" ] && kill -0 "$(cat "$WORK/node$i.run")" 2>/dev/null; then
      log "node$i pid $(cat "$WORK/node$i.run"): health $(curl -s -m 3 -o /dev/null -w '%{http_code}' "http://$HOST:${APP_PORTS[$((i-1))]}/health"), $(grep -o 'Members {size:[0-9]*'  "$WORK/node$i.log" | tail -1)"
    else log "node$i down"; fi
  done
  log "through haproxy: health $(curl -s -m 3 -o /dev/null -w '%{http_code}' "http://$HOST:$LB_PORT/health")"
}

stop() {
  [ -d "$WORK" ] || { log "nothing to stop ($WORK absent)"; return 0; }
  for f in "$WORK"/node*.run "$WORK"/haproxy.pid "$WORK"/db*.run; do
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
      log "stopped $(basename "$f" | sed 's/\.[a-z]*$//') (pid $pid)"
    fi
  done
  rm -rf "$WORK"
  log "removed $WORK"
}

case "${1:-}" in
  start) start ;;
  status) status ;;
  stop) stop ;;
  kill-node) pid=$(cat "$WORK/node${2:?node}.run"); kill -9 "$pid"; log "killed khaothi node$2 (pid $pid)" ;;
  start-node) start_node "${2:?node}" ;;
  kill-db) pid=$(cat "$WORK/db${2:?node}.run"); kill -9 "$pid"; log "killed galera db$2 (pid $pid)" ;;
  *) sed -n '2,16p' "$0"; exit 2 ;;
esac
