#!/usr/bin/env bash
# Reporting replica (issue 20, item 4; figures in docs/reliability.md): a streaming standby of the local PostgreSQL
# (cluster 15/fsp-replica on REPLICA_PORT, default 5434, made with pg_basebackup), both nodes restarted with
# FSP_DATASOURCE_REPLICA_URL pointing at it, then:
#   reads    report reads (@ReportQuery: the claims reports) are answered by the standby — its client backends for the
#            application's database, the nodes' meter fsp.reports.reads{source=replica} — and other reads by the primary;
#   lag      a unit created through the balancer is on the standby within LAG_GOAL_MS (default 1000 ms);
#   down     the standby stopped: report reads still answer 200 (from the primary, counted as primary-fallback) and
#            do not wait for the replica's connection timeout each time;
#   back     the standby started again: report reads go to it again after fsp.datasource.replica.retry-after (5 s here).
# At the end the nodes are restarted without the replica and the standby is dropped (REPLICA_KEEP=1 keeps both).
# Needs: postgresql-common (pg_createcluster, pg_ctlcluster), pg_basebackup, nodes' demo data (two-nodes.sh start
# once), curl. Replication connections from 127.0.0.1 must be allowed on the primary: the script adds
# "host replication all 127.0.0.1/32 trust" to its pg_hba.conf when no replication line is there, and reloads it.
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/reliability/common.sh
REPLICA_PORT=${REPLICA_PORT:-5434}
CLUSTER=fsp-replica
VERSION=$(psql -d postgres -tAc "SHOW server_version_num" | cut -c1-2)
LAG_GOAL_MS=${LAG_GOAL_MS:-1000}
fail=0
say "reporting replica $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, primary $PGHOST:$PGPORT/$DB, standby port $REPLICA_PORT"

# --- the standby
hba=$(psql -d postgres -tAc "SHOW hba_file")
if ! grep -Eq '^[[:space:]]*host[[:space:]]+replication' "$hba"; then
  echo "host replication all 127.0.0.1/32 trust" >> "$hba"
  psql -d postgres -tAc "SELECT pg_reload_conf()" > /dev/null
  say "replication from 127.0.0.1 allowed in $hba"
fi
pg_lsclusters -h | awk '{print $2}' | grep -qx "$CLUSTER" && pg_dropcluster --stop "$VERSION" "$CLUSTER"
pg_createcluster "$VERSION" "$CLUSTER" -p "$REPLICA_PORT" -- --auth=trust > /dev/null
data=$(pg_lsclusters -h | awk -v c="$CLUSTER" '$2 == c {print $6}')
rm -rf "${data:?}"/*
t0=$(date +%s.%N)
su postgres -c "pg_basebackup -h $PGHOST -p $PGPORT -U $PGUSER -D $data -R -X stream -c fast" \
  || { say "pg_basebackup failed"; exit 1; }
pg_ctlcluster "$VERSION" "$CLUSTER" start
until [[ $(psql -p "$REPLICA_PORT" -d postgres -tAc "SELECT pg_is_in_recovery()" 2>/dev/null) == t ]]; do sleep 0.2; done
say "standby streaming in $(printf '%.1f' "$(echo "$(date +%s.%N) - $t0" | bc)") s ($(du -sh "$data" | cut -f1))"

# --- the nodes, reading reports from it
scripts/two-nodes.sh stop > /dev/null 2>&1
FSP_DATASOURCE_REPLICA_URL="jdbc:postgresql://$PGHOST:$REPLICA_PORT/$DB" FSP_DATASOURCE_REPLICA_RETRY_AFTER=5s \
  FSP_DEMO=0 scripts/two-nodes.sh start > "$OUT/replica-nodes.txt" 2>&1 || { say "nodes did not start"; exit 1; }
TOKEN=$(bearer_token)
BEARER="Authorization: Bearer $TOKEN"
REPORT="/api/v1/claims/reports/financial-status"
meter() { # port source: the node's count of report reads from that source
  curl -s -H "$BASIC" "http://127.0.0.1:$1/actuator/metrics/fsp.reports.reads?tag=source:$2" \
    | grep -o '"value":[0-9.]*' | head -1 | cut -d: -f2
}
total() { # source: both nodes' count of report reads from that source
  local a b; a=$(meter "${PORTS[0]}" "$1"); b=$(meter "${PORTS[1]}" "$1")
  echo $(( $(printf '%.0f' "${a:-0}") + $(printf '%.0f' "${b:-0}") ))
}
reads() { # n: n report reads through the balancer; prints the status codes seen and the slowest time
  local i codes=() slowest=0 t
  for ((i = 0; i < $1; i++)); do
    read -r c t <<< "$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "$BEARER" -H 'Accept: application/json' "$LB$REPORT")"
    codes+=("$c"); slowest=$(echo "if ($t > $slowest) $t else $slowest" | bc)
  done
  echo "$(printf '%s\n' "${codes[@]}" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')slowest $(printf '%.3f' "$slowest") s"
}
backends() { psql -p "$REPLICA_PORT" -d postgres -tAc "SELECT count(*) FROM pg_stat_activity WHERE datname = '$DB' AND backend_type = 'client backend'"; }

r=$(reads 20)
rep=$(total replica)
b=$(backends)
say "reads: 20 report reads $r; meter replica (both nodes) $rep; application connections on the standby $b"
[[ "$r" == "20×200 "* && $rep -ge 20 && $b -ge 1 ]] || { say "FAIL: reports not answered by the standby"; fail=1; }
screen=$(curl -s -o /dev/null -w '%{http_code}' -H "$BEARER" -H 'Accept: application/json' "$LB/api/v1/organization/units/DFS-SUPS")
rep2=$(total replica)
say "other reads: unit detail $screen, meter replica unchanged ($rep2)"
[[ $screen == 200 && $rep2 -eq $rep ]] || { say "FAIL: a read that is not a report went to the standby"; fail=1; }

# --- lag: a write through the balancer, polled on the standby
lags=()
for i in 1 2 3 4 5; do
  unit="RPL$(date +%s%N | tail -c 8)$i"
  curl -s -o /dev/null -H "$BASIC" -H 'Content-Type: application/json' -H "Idempotency-Key: $unit" -X POST "$LB/api/v1/organization/units" \
    -d "{\"code\":\"$unit\",\"kind\":\"TEAM\",\"nameFr\":\"Equipe $unit\",\"nameEn\":\"Team $unit\",\"parentCode\":\"DFS\"}"
  t0=$(date +%s%N)
  until [[ $(psql -p "$REPLICA_PORT" -d "$DB" -tAc "SELECT count(*) FROM org_unit WHERE code = '$unit'") == 1 ]]; do
    (( ($(date +%s%N) - t0) / 1000000 > 10000 )) && break
  done
  lags+=($(( ($(date +%s%N) - t0) / 1000000 )))
done
max=$(printf '%s\n' "${lags[@]}" | sort -n | tail -1)
say "lag: a unit acknowledged by the primary seen on the standby after ${lags[*]} ms (polling included; goal ≤ $LAG_GOAL_MS ms); replay_lag $(psql -d postgres -tAc "SELECT coalesce(replay_lag::text, '0') FROM pg_stat_replication LIMIT 1")"
(( max <= LAG_GOAL_MS )) || { say "FAIL: standby lag above $LAG_GOAL_MS ms"; fail=1; }

# --- the standby down, then back
pg_ctlcluster "$VERSION" "$CLUSTER" stop -m fast
fb0=$(total primary-fallback)
r=$(reads 20)
fb=$(total primary-fallback)
say "down: standby stopped, 20 report reads $r; meter primary-fallback +$((fb - fb0))"
[[ "$r" == "20×200 "* && $((fb - fb0)) -ge 20 ]] || { say "FAIL: reports failed while the standby was down"; fail=1; }
pg_ctlcluster "$VERSION" "$CLUSTER" start
until [[ $(psql -p "$REPLICA_PORT" -d postgres -tAc "SELECT pg_is_in_recovery()" 2>/dev/null) == t ]]; do sleep 0.2; done
sleep 6 # fsp.datasource.replica.retry-after=5s
rep0=$(total replica)
r=$(reads 20)
rep=$(total replica)
say "back: standby started, 20 report reads $r; meter replica +$((rep - rep0))"
[[ "$r" == "20×200 "* && $((rep - rep0)) -ge 18 ]] || { say "FAIL: reports did not return to the standby"; fail=1; }

if [[ "${REPLICA_KEEP:-0}" != 1 ]]; then
  scripts/two-nodes.sh stop > /dev/null 2>&1
  FSP_DEMO=0 scripts/two-nodes.sh start > /dev/null 2>&1
  pg_dropcluster --stop "$VERSION" "$CLUSTER"
  say "nodes restarted without the replica; standby dropped"
fi
[[ $fail == 0 ]] && say "RESULT: PASS" || say "RESULT: FAIL"
exit $fail
