#!/usr/bin/env bash
# Load series against the two-node set-up (issue 20; figures in docs/performance/scale.md): the main reads through
# the balancer with wrk at 16, 64 and 256 concurrent users, each next to the same work done directly with JDBC
# (scripts/reliability/JdbcLoad.java, as many users sharing the two nodes' 40 connections), with the machine's load
# average before each run; p50/p95/p99 from wrk's own histogram (scripts/reliability/percentiles.lua). Needs: nodes started (scripts/two-nodes.sh start, demo data), wrk, Java 17.
# Then each read once more with PACED users (default 64) who each wait THINK_MS (100) after an answer before their next
# request (wrk's delay: about 600 requests/s offered, a hundred times a working officer's pace) — the latency users see
# at that concurrency when the machine is not saturated; the series above saturates it (no think time at all).
# Environment: DURATION (s per run, default 10), SERIES ("16 64 256"), WARMUP (s per request before the series, 15: the JIT of two nodes on two cores),
# as two-nodes.sh for ports and database.
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/reliability/common.sh
DURATION=${DURATION:-10}
SERIES=${SERIES:-16 64 256}
PACED=${PACED:-64}
THINK=${THINK_MS:-100}
unset THINK_MS # the series itself runs without think time
: > "$OUT/summary.txt"
say "load series $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(uname -sr); database $(sql 'SELECT version()' | cut -d, -f1) $PGHOST:$PGPORT/$DB"
TOKEN=$(bearer_token)
[[ -n "$TOKEN" ]] || { say "could not get a personal access token (login through the balancer failed)"; exit 1; }
BEARER="Authorization: Bearer $TOKEN"
# the Member State portal is read by the state's delegate (demo user portal.bgd), whose scope is that state alone
PORTAL_TOKEN=$(bearer_token portal.bgd)
[[ -n "$PORTAL_TOKEN" ]] || { say "could not get a token for portal.bgd (demo data loaded?)"; exit 1; }
PORTAL="Authorization: Bearer $PORTAL_TOKEN"
# the work inbox is read by a mission HR officer (demo user hr.minusca: about 100 open items of the 200 assigned to
# the role, the others being other missions'); admin's inbox is empty and would measure the framework alone
WORK_TOKEN=$(bearer_token hr.minusca)
[[ -n "$WORK_TOKEN" ]] || { say "could not get a token for hr.minusca (demo data loaded?)"; exit 1; }
WORKER="Authorization: Bearer $WORK_TOKEN"
DRIVER=$(pg_driver)

http() { # label concurrency path header...
  local label=$1 c=$2 path=$3; shift 3
  local hdr=() h
  for h in "$@"; do hdr+=(-H "$h"); done
  local la; la=$(loadavg)
  local r; r=$(wrk -t2 -c"$c" -d"${DURATION}s" --timeout 10s -s scripts/reliability/percentiles.lua "${hdr[@]}" "$LB$path" 2>&1)
  local rps p50 p95 p99 e1 e2 e3 e4 e5 non2xx
  read -r _ rps p50 p95 p99 e1 e2 e3 e4 e5 <<< "$(grep '^PCT' <<< "$r")"
  non2xx=$(awk '/Non-2xx/ {print $5}' <<< "$r")
  say "| $label | http | $c | ${rps} | ${p50} | ${p95} | ${p99} | ${non2xx:-0} non-2xx, $((e1 + e2 + e3 + e5)) socket errors | $la |"
  echo "$label|$c|$rps" >> "$OUT/http.txt"
}
jdbc() { # label concurrency work http-label
  local la; la=$(loadavg)
  local r; r=$(java -Drow=true -cp "$DRIVER" scripts/reliability/JdbcLoad.java "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "$3" "$2" "$DURATION" 2>&1 | tail -1)
  say "| $1 | jdbc | $2 | $r | $la |"
  echo "$4|$2|$(cut -d'|' -f1 <<< "$r" | tr -d ' ')|$1" >> "$OUT/jdbc.txt"
}

: > "$OUT/http.txt"; : > "$OUT/jdbc.txt"
# planner statistics as autovacuum would have them in production (some machines here run PostgreSQL without it; a
# freshly loaded database unanalysed plans the inbox's candidates in 0.6 ms for 0.3 ms of execution)
sql 'ANALYZE' > /dev/null
# warm-up, not recorded: both nodes' JIT and pools see each request first (WARMUP s each, default 15)
for path in /actuator/health /api/v1/organization/units/DFS-SUPS; do
  wrk -t2 -c16 -d"${WARMUP:-15}s" -H "$BEARER" -H "Accept: application/json" "$LB$path" > /dev/null 2>&1
done
wrk -t2 -c16 -d"${WARMUP:-15}s" -H "$WORKER" -H "Accept: application/json" "$LB/api/v1/work-items?assignee=me&state=open" > /dev/null 2>&1
wrk -t2 -c16 -d"${WARMUP:-15}s" -H "$PORTAL" -H "Accept: application/json" "$LB/api/v1/claims/portal/BGD/summary" > /dev/null 2>&1
wrk -t2 -c16 -d"${WARMUP:-15}s" -H "$BASIC" -H "Accept: application/json" "$LB/api/v1/organization/units/DFS-SUPS" > /dev/null 2>&1
say "| request | via | users | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | errors | load average (1/5/15 min) before |"
say "|---|---|---|---|---|---|---|---|---|"
for c in $SERIES; do
  http "health (framework floor)" "$c" /actuator/health
  jdbc "health: SELECT 1" "$c" health "health (framework floor)"
  http "unit detail, bearer" "$c" /api/v1/organization/units/DFS-SUPS "$BEARER" "Accept: application/json"
  http "unit detail, Basic (cached)" "$c" /api/v1/organization/units/DFS-SUPS "$BASIC" "Accept: application/json"
  jdbc "unit detail: its 3 queries" "$c" unit "unit detail, bearer"
  http "work inbox (HR officer), bearer" "$c" "/api/v1/work-items?assignee=me&state=open" "$WORKER" "Accept: application/json"
  jdbc "work inbox: its 2 queries" "$c" work "work inbox (HR officer), bearer"
  http "portal statement summary, delegate" "$c" /api/v1/claims/portal/BGD/summary "$PORTAL" "Accept: application/json"
  jdbc "portal summary: its query" "$c" portal "portal statement summary, delegate"
done
say ""
say "HTTP through the balancer against the same queries on JDBC (requests/s; ratio = HTTP / JDBC):"
say ""
say "| request | users | HTTP requests/s | JDBC requests/s | ratio |"
say "|---|---|---|---|---|"
while IFS='|' read -r label c jrps _; do
  hrps=$(awk -F'|' -v l="$label" -v c="$c" '$1==l && $2==c {print $3}' "$OUT/http.txt")
  ratio=$(awk -v h="$hrps" -v j="$jrps" 'BEGIN {if (j > 0) printf "%.2f", h / j; else print "-"}')
  say "| $label | $c | $hrps | $jrps | $ratio |"
done < "$OUT/jdbc.txt"
say ""
say "Share of the framework floor (each read's requests/s over health's at the same users; goal ≥ 0.50):"
say ""
say "| request | users | requests/s | health requests/s | share |"
say "|---|---|---|---|---|"
while IFS='|' read -r label c rps; do
  [[ "$label" == "health (framework floor)" || "$label" == *paced* ]] && continue
  floor=$(awk -F'|' -v c="$c" '$1=="health (framework floor)" && $2==c {print $3}' "$OUT/http.txt")
  say "| $label | $c | $rps | $floor | $(awk -v r="$rps" -v f="$floor" 'BEGIN {if (f > 0) printf "%.2f", r / f; else print "-"}') |"
done < "$OUT/http.txt"
if [[ "$PACED" != 0 ]]; then
  say ""
  say "Paced: $PACED users, each sending its next request $THINK ms after the last answer:"
  say ""
  say "| request | via | users | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | errors | load average (1/5/15 min) before |"
  say "|---|---|---|---|---|---|---|---|---|"
  export THINK_MS=$THINK
  http "health (framework floor), paced" "$PACED" /actuator/health
  http "unit detail, bearer, paced" "$PACED" /api/v1/organization/units/DFS-SUPS "$BEARER" "Accept: application/json"
  http "unit detail, Basic (cached), paced" "$PACED" /api/v1/organization/units/DFS-SUPS "$BASIC" "Accept: application/json"
  http "work inbox (HR officer), bearer, paced" "$PACED" "/api/v1/work-items?assignee=me&state=open" "$WORKER" "Accept: application/json"
  http "portal statement summary, delegate, paced" "$PACED" /api/v1/claims/portal/BGD/summary "$PORTAL" "Accept: application/json"
  unset THINK_MS
fi
say "load average after: $(loadavg)"
