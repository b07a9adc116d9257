#!/usr/bin/env bash
# Short load-and-kill check against the two-node set-up (issue 20; figures in docs/reliability.md).
# Starts scripts/two-nodes.sh unless FSP_REUSE=1, then:
#   1. read load through the balancer with wrk: a rich JSON read (bearer-free: HTTP Basic, cached) at 16 and 64
#      connections, and the health floor;
#   2. a user logged in through the balancer stays logged in when either node is killed (sessions in PostgreSQL);
#   3. write load (POST a unit per request, each with an Idempotency-Key) while node 1 is killed with kill -9
#      KILLS times: every acknowledged write (201) must be in the database afterwards, the other node keeps
#      serving, and the killed node comes back (the time from restart to readiness is reported; the issue's goal is
#      15 s, which needs a quiet machine and a node started without demo data, see docs/reliability.md).
# Needs the demo data (admin/admin, unit DFS): FSP_DEMO=1, the default of two-nodes.sh.
# Output: a summary on stdout and target/reliability/summary.txt. Exit 1 when a check fails.
# Environment: DURATION (wrk seconds, default 10), KILLS (default 3), WRITERS (default 4), FSP_DB, LB_PORT.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-target/reliability}; mkdir -p "$OUT"
LB_PORT=${LB_PORT:-8080}
LB=http://127.0.0.1:$LB_PORT
DB=${FSP_DB:-fsp_cluster}
DURATION=${DURATION:-10}
KILLS=${KILLS:-3}
WRITERS=${WRITERS:-4}
AUTH="Authorization: Basic $(printf 'admin:admin' | base64)"
fail=0
say() { echo "$*" | tee -a "$OUT/summary.txt"; }
: > "$OUT/summary.txt"
say "load-and-kill $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(uname -srm)"

if [[ "${FSP_REUSE:-0}" != 1 ]]; then scripts/two-nodes.sh start || exit 1; fi

# ---- 1. read load -------------------------------------------------------------------------------------------
if command -v wrk >/dev/null; then
  for spec in "16 /actuator/health" "16 /api/v1/organization/units/DFS-SUPS" "64 /api/v1/organization/units/DFS-SUPS"; do
    read -r c path <<< "$spec"
    hdr=(); [[ "$path" == /api/* ]] && hdr=(-H "$AUTH")
    r=$(wrk -t2 -c"$c" -d"${DURATION}s" --latency "${hdr[@]}" "$LB$path" 2>&1)
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$r")
    p50=$(awk '$1=="50%" {print $2}' <<< "$r"); p99=$(awk '$1=="99%" {print $2}' <<< "$r")
    non2xx=$(awk '/Non-2xx/ {print $5}' <<< "$r")
    say "read  c=$c $path: ${rps} req/s, p50 ${p50}, p99 ${p99}, non-2xx ${non2xx:-0}"
  done
else
  say "wrk missing (apt-get install -y wrk): read load skipped"
fi

# ---- 2. a session survives the node that served it ----------------------------------------------------------
jar="$OUT/cookies.txt"; rm -f "$jar"
curl -s -c "$jar" -b "$jar" "$LB/login" -o "$OUT/login.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$OUT/login.html" | head -1 | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=admin&_csrf=$csrf" "$LB/login"
session_ok() { [[ $(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$LB/work") == 200 ]]; }
if session_ok; then say "session: logged in through the balancer"; else say "session: LOGIN FAILED"; fail=1; fi
for n in 1 2; do
  scripts/two-nodes.sh kill "$n" >/dev/null
  if session_ok && session_ok; then say "session: still logged in with node $n killed"; else say "session: LOST with node $n killed"; fail=1; fi
  FSP_DEMO=0 scripts/two-nodes.sh restart "$n" >/dev/null || { say "node $n did not come back"; fail=1; }
done

# ---- 3. writes while node 1 is killed -----------------------------------------------------------------------
run=$(date +%s)
writer() {
  local w=$1 i=0 code
  while [[ ! -f "$OUT/stop" ]]; do
    i=$((i + 1))
    local unit="LK${run: -5}W${w}N${i}"
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 10 -H "$AUTH" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $unit" -X POST "$LB/api/v1/organization/units" \
      -d "{\"code\":\"$unit\",\"kind\":\"TEAM\",\"nameFr\":\"Equipe $unit\",\"nameEn\":\"Team $unit\",\"parentCode\":\"DFS\"}")
    echo "$unit $code" >> "$OUT/writes-$w.txt"
  done
}
rm -f "$OUT"/writes-*.txt "$OUT/stop"
for w in $(seq 1 "$WRITERS"); do writer "$w" & done
restart_times=()
for k in $(seq 1 "$KILLS"); do
  sleep 5
  scripts/two-nodes.sh kill 1 >/dev/null
  sleep 3
  t0=$(date +%s.%N)
  FSP_DEMO=0 scripts/two-nodes.sh restart 1 >/dev/null || { say "node 1 did not come back after kill $k"; fail=1; }
  restart_times+=("$(printf '%.1f' "$(echo "$(date +%s.%N) - $t0" | bc)")")
done
sleep 3; touch "$OUT/stop"; wait
acked=$(cat "$OUT"/writes-*.txt | awk '$2==201 {print $1}' | sort -u)
n_acked=$(echo "$acked" | grep -c . || true)
n_total=$(cat "$OUT"/writes-*.txt | wc -l)
n_other=$(cat "$OUT"/writes-*.txt | awk '$2!=201' | wc -l)
present=$(psql -h 127.0.0.1 -d "$DB" -tAc "SELECT code FROM org_unit WHERE code LIKE 'LK${run: -5}W%'" | sort -u)
missing=$(comm -23 <(echo "$acked") <(echo "$present") | grep -c . || true)
say "writes: $n_total sent, $n_acked acknowledged (201), $n_other refused or failed during kills (not acknowledged), missing after: $missing"
say "node 1 killed $KILLS times; restart to ready: ${restart_times[*]} s"
[[ "$missing" == 0 ]] || fail=1
scripts/two-nodes.sh status | tee -a "$OUT/summary.txt"
if [[ "${FSP_KEEP:-0}" != 1 && "${FSP_REUSE:-0}" != 1 ]]; then scripts/two-nodes.sh stop >/dev/null; fi
[[ $fail == 0 ]] && say "RESULT: PASS" || say "RESULT: FAIL"
exit $fail
