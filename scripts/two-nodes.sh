#!/usr/bin/env bash
# Two application nodes on the local PostgreSQL behind nginx (issue 20; docs/operations.md "Several nodes").
#
#   scripts/two-nodes.sh start     # build if needed, create the database, start node 1 (8081), node 2 (8082), nginx (8080)
#   scripts/two-nodes.sh status    # health of each node and through the balancer
#   scripts/two-nodes.sh kill 1    # kill -9 node 1 (then: scripts/two-nodes.sh restart 1)
#   scripts/two-nodes.sh restart 1
#   scripts/two-nodes.sh balancer  # (re)start only nginx
#   scripts/two-nodes.sh stop      # stop nodes and nginx (the database is kept; FSP_DROP_DB=1 drops it)
#
# Environment: FSP_DB (database name, default fsp_cluster), PGHOST/PGPORT/PGUSER (default 127.0.0.1/5432/$USER),
# LB_PORT (8080), NODE_PORTS ("8081 8082"), FSP_AMQP=1 (hand integration events to RabbitMQ at 127.0.0.1:5672),
# FSP_AMQP_ARCHIVE (with FSP_AMQP=1: a durable queue bound to every event, default fsp.events, empty = none; the
# harness counts it),
# FSP_DEMO=1 (node 1 loads the demo data on start; default 1; restarts never load it), JAVA_OPTS (per node),
# READY_TIMEOUT (s, default 300). Nodes start through scripts/run-prod.sh (extracted jar + CDS archive, trained once
# by `start` on the cluster's database: the training run also applies the migrations).
# The fault harness restarts the database: give it its own cluster (pg_createcluster, see docs/reliability.md; e.g.
# PGPORT=5433), not a server others use.
# Needs: Java 17, PostgreSQL running (pg_ctlcluster 15 main start), nginx (apt-get install -y nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN=${FSP_RUN_DIR:-$ROOT/target/two-nodes}
DB=${FSP_DB:-fsp_cluster}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-$(id -un)}
LB_PORT=${LB_PORT:-8080}
read -r -a PORTS <<< "${NODE_PORTS:-8081 8082}"
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -XX:MaxRAM=1g -Xss512k -XX:ReservedCodeCacheSize=64m"}
mkdir -p "$RUN"

jar() {
  local j
  j=$(ls target/field-support-platform-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
  if [[ -z "$j" ]]; then
    ./mvnw -q -B -o -DskipTests package >&2
    j=$(ls target/field-support-platform-*.jar | grep -v -- '-plain' | head -1)
  fi
  echo "$j"
}

ensure_db() {
  if ! psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
    createdb -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" "$DB"
    echo "created database $DB"
  fi
}

# Each node starts the way production does (scripts/run-prod.sh, docs/performance/startup.md): the jar extracted and
# a class-data-sharing archive made once by a training run (kill -9 -> ready measured in docs/reliability.md).
spring_args() { # the arguments both the training run and the nodes use
  echo "--spring.profiles.active=cluster" \
       "--spring.datasource.url=jdbc:postgresql://$PGHOST:$PGPORT/$DB?reWriteBatchedInserts=true" \
       "--spring.datasource.username=$PGUSER"
}

prepare() { # the nodes run a copy of the jar, so a build meanwhile (./mvnw verify) does not change it under them
  local built; built=$(jar)
  if [[ -f "$RUN/app/app.jsa" ]] && cmp -s "$built" "$RUN/fsp.jar"; then
    echo "same jar as last time: reusing $RUN/app and its CDS archive (node 1 applies any migration)"; return
  fi
  cp "$built" "$RUN/fsp.jar"
  rm -rf "$RUN/app"
  local t0=$SECONDS
  # the training run applies the migrations (it starts the context on the cluster's database, then exits)
  FSP_JAR="$RUN/fsp.jar" APP_DIR="$RUN/app" JAVA_OPTS="$JAVA_OPTS" FSP_PREPARE_ONLY=1 \
    FSP_CDS_TRAINING_ARGS="$(spring_args) --fsp.demo-data=false" scripts/run-prod.sh
  if [[ -f "$RUN/app/app.jsa" ]]; then echo "extracted, CDS archive made, migrations applied in $(( SECONDS - t0 ))s"
  else echo "no CDS archive (training run failed, see $RUN/app/cds-training.log): nodes start without it" >&2; fi
}

start_node() { # node [demo true|false]
  local n=$1 port=${PORTS[$(( $1 - 1 ))]}
  [[ -f "$RUN/app/app.jar" ]] || prepare
  local amqp=()
  if [[ "${FSP_AMQP:-0}" == 1 ]]; then
    amqp=(--fsp.events.amqp.enabled=true --management.health.rabbit.enabled=true
          --fsp.events.amqp.archive-queue="${FSP_AMQP_ARCHIVE-fsp.events}")
  fi
  # shellcheck disable=SC2046
  FSP_JAR="$RUN/fsp.jar" APP_DIR="$RUN/app" JAVA_OPTS="$JAVA_OPTS" nohup scripts/run-prod.sh $(spring_args) \
    --server.port="$port" \
    --fsp.demo-data="${2:-false}" \
    --logging.file.name="$RUN/node$n.log" \
    "${amqp[@]}" > "$RUN/node$n.out" 2>&1 &
  echo $! > "$RUN/node$n.pid"   # run-prod.sh execs java: this is the JVM's pid
  echo "node $n starting on port $port (pid $(cat "$RUN/node$n.pid"))"
}

wait_ready() { # node [timeout s]: polls readiness every 0.2 s, prints the time it took
  local n=$1 port=${PORTS[$(( $1 - 1 ))]} t0 limit=${2:-${READY_TIMEOUT:-300}}
  t0=$(date +%s.%N)
  until curl -fsS -m 2 "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    if (( $(date +%s) - ${t0%.*} > limit )); then
      echo "node $n not ready after ${limit}s (see $RUN/node$n.out)" >&2; return 1
    fi
    sleep 0.2
  done
  echo "node $n ready in $(printf '%.1f' "$(echo "$(date +%s.%N) - $t0" | bc)")s"
}

start_nginx() {
  export LB_PORT NODE1="127.0.0.1:${PORTS[0]}" NODE2="127.0.0.1:${PORTS[1]}"
  mkdir -p "$RUN/nginx"
  {
    echo "worker_processes 1; pid $RUN/nginx/nginx.pid; error_log $RUN/nginx/error.log warn; daemon on;"
    echo "events { worker_connections 1024; }"
    echo "http { access_log off; client_body_temp_path $RUN/nginx/body; proxy_temp_path $RUN/nginx/proxy;"
    echo "  fastcgi_temp_path $RUN/nginx/fastcgi; uwsgi_temp_path $RUN/nginx/uwsgi; scgi_temp_path $RUN/nginx/scgi;"
    # shellcheck disable=SC2016
    # the harness needs to know which node answered: X-Upstream (not in production: it names internal addresses)
    envsubst '${LB_PORT} ${NODE1} ${NODE2}' < deploy/nginx/fieldsupport.conf \
      | sed 's|# @harness@.*|add_header X-Upstream $upstream_addr always;|' 
    echo "}"
  } > "$RUN/nginx/nginx.conf"
  nginx -t -c "$RUN/nginx/nginx.conf" -p "$RUN/nginx" 2>&1 | grep -v "^$" >&2 || true
  nginx -c "$RUN/nginx/nginx.conf" -p "$RUN/nginx"
  echo "nginx on port $LB_PORT -> ${PORTS[*]}"
}

stop_node() {
  local n=$1 sig=${2:-TERM}
  if [[ -f "$RUN/node$n.pid" ]]; then
    kill -"$sig" "$(cat "$RUN/node$n.pid")" 2>/dev/null || true
    if [[ "$sig" == TERM ]]; then
      for _ in $(seq 1 30); do kill -0 "$(cat "$RUN/node$n.pid")" 2>/dev/null || break; sleep 1; done
      kill -KILL "$(cat "$RUN/node$n.pid")" 2>/dev/null || true   # not down after 30 s: no JVM left behind
    fi
    rm -f "$RUN/node$n.pid"
  fi
}

case "${1:-start}" in
  start)
    command -v nginx >/dev/null || { echo "nginx missing: apt-get install -y nginx" >&2; exit 1; }
    for p in "$LB_PORT" "${PORTS[@]}"; do   # a port already taken would make another program's health look like ours
      if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
        echo "port $p is in use: choose others (LB_PORT, NODE_PORTS)" >&2; exit 1
      fi
    done
    ensure_db
    prepare
    # node 1 first: it loads the demo data (FSP_DEMO, default 1); node 2 then starts on it without loading it again
    start_node 1 "$([[ "${FSP_DEMO:-1}" == 1 ]] && echo true || echo false)"; wait_ready 1
    start_node 2 false; wait_ready 2
    start_nginx
    echo "open http://127.0.0.1:$LB_PORT/"
    ;;
  status)
    for n in 1 2; do
      printf 'node %s (%s): ' "$n" "${PORTS[$(( n - 1 ))]}"
      curl -fsS "http://127.0.0.1:${PORTS[$(( n - 1 ))]}/actuator/health" 2>/dev/null || printf 'DOWN'
      echo
    done
    printf 'balancer (%s): ' "$LB_PORT"; curl -fsS "http://127.0.0.1:$LB_PORT/actuator/health" || printf 'DOWN'; echo
    ;;
  kill) stop_node "${2:?node number}" KILL; echo "node $2 killed (kill -9)" ;;
  restart) stop_node "${2:?node number}"; start_node "$2"; wait_ready "$2" "${3:-}" ;;
  balancer) start_nginx ;;
  stop)
    [[ -f "$RUN/nginx/nginx.pid" ]] && nginx -c "$RUN/nginx/nginx.conf" -p "$RUN/nginx" -s stop 2>/dev/null || true
    stop_node 1; stop_node 2
    if [[ "${FSP_DROP_DB:-0}" == 1 ]]; then dropdb -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" "$DB"; fi
    echo stopped
    ;;
  *) echo "usage: $0 start|status|kill N|restart N|stop" >&2; exit 2 ;;
esac
