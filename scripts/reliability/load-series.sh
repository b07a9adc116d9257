#!/usr/bin/env bash
# Load series against the two-node set-up (issue 20; figures in docs/performance/scale.md): the main reads through
# the balancer with wrk at 16, 64 and 256 concurrent users, each next to the same work done directly with JDBC
# (scripts/reliability/JdbcLoad.java, as many users sharing the two nodes' 40 connections), with the machine's load
# average before each run. Needs: nodes started (scripts/two-nodes.sh start, demo data), wrk, Java 17.
# Environment: DURATION (s per run, default 10), SERIES ("16 64 256"), as two-nodes.sh for ports and database.
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/reliability/common.sh
DURATION=${DURATION:-10}
SERIES=${SERIES:-16 64 256}
: > "$OUT/summary.txt"
say "load series $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -sr); database $(sql 'SELECT version()' | cut -d, -f1) $PGHOST:$PGPORT/$DB"
TOKEN=$(bearer_token)
[[ -n "$TOKEN" ]] || { say "could not get a personal access token (login through the balancer failed)"; exit 1; }
BEARER="Authorization: Bearer $TOKEN"
DRIVER=$(pg_driver)

http() { # label concurrency path header...
  local label=$1 c=$2 path=$3; shift 3
  local hdr=() h
  for h in "$@"; do hdr+=(-H "$h"); done
  local la; la=$(loadavg)
  local r; r=$(wrk -t2 -c"$c" -d"${DURATION}s" --timeout 10s --latency "${hdr[@]}" "$LB$path" 2>&1)
  local rps p50 p99 p90 non2xx errs
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$r")
  p50=$(awk '$1=="50%" {print $2}' <<< "$r"); p90=$(awk '$1=="90%" {print $2}' <<< "$r"); p99=$(awk '$1=="99%" {print $2}' <<< "$r")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<< "$r"); errs=$(grep -o 'Socket errors:.*' <<< "$r")
  say "| $label | http | $c | ${rps} | ${p50} | ${p90} | ${p99} | ${non2xx:-0} ${errs} | $la |"
}
jdbc() { # label concurrency work
  local la; la=$(loadavg)
  local r; r=$(java -Drow=true -cp "$DRIVER" scripts/reliability/JdbcLoad.java "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "$3" "$2" "$DURATION" 2>&1 | tail -1)
  say "| $1 | jdbc | $2 | $r | $la |"
}

say "| request | via | users | requests/s | p50 | p90 | p99 | errors | load average (1/5/15 min) before |"
say "|---|---|---|---|---|---|---|---|---|"
for c in $SERIES; do
  http "health (framework floor)" "$c" /actuator/health
  jdbc "health: SELECT 1" "$c" health
  http "unit detail, bearer" "$c" /api/v1/organization/units/DFS-SUPS "$BEARER" "Accept: application/json"
  http "unit detail, Basic (cached)" "$c" /api/v1/organization/units/DFS-SUPS "$BASIC" "Accept: application/json"
  jdbc "unit detail: its 3 queries" "$c" unit
  http "work inbox, bearer" "$c" "/api/v1/work-items?assignee=me&state=open" "$BEARER" "Accept: application/json"
  jdbc "work inbox: its query" "$c" work
done
say "load average after: $(loadavg)"
