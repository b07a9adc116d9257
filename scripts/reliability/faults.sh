#!/usr/bin/env bash
# Faults under load against the two-node set-up (issue 20; figures in docs/reliability.md):
#   db      PostgreSQL restarted while writers and readers run: the nodes reconnect by themselves (time from the
#           database back to the first write acknowledged through each node), no acknowledged write lost;
#   broker  RabbitMQ stopped for OUTAGE seconds (default 60) while writes that publish integration events go on
#           (delegation suspended/reinstated, routing key organization.delegation.changed): every acknowledged write's
#           event is in the archive queue after the broker returns, no publication left incomplete;
#   cache   reference data changed in the database: each node serves the change within fsp.reference-data.ttl (60 s).
# Usage: scripts/reliability/faults.sh [db] [broker] [cache]   (default: all three)
# The db check restarts the PostgreSQL cluster serving PGPORT: it refuses the shared server on 5432 unless
# FSP_RESTART_SHARED_DB=1 (here: PGPORT=5433, a cluster of its own: pg_createcluster 15 harness -p 5433 -- --auth=trust).
# Needs: nodes started with FSP_AMQP=1 (scripts/two-nodes.sh start), demo data, rabbitmqctl, curl, wrk.
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/reliability/common.sh
OUTAGE=${OUTAGE:-60}
WRITERS=${WRITERS:-4}
QUEUE=${FSP_AMQP_ARCHIVE:-fsp.events}
fail=0
checks=("$@"); [[ ${#checks[@]} -eq 0 ]] && checks=(db broker cache)
say "faults $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(loadavg)"

writer() { # w tag: POST units with Idempotency-Key until $OUT/stop; one line "code http_code" per request
  local w=$1 tag=$2 i=0 code unit
  while [[ ! -f "$OUT/stop" ]]; do
    i=$((i + 1)); unit="${tag}W${w}N${i}"
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 10 -H "$BASIC" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $unit" -X POST "$LB/api/v1/organization/units" \
      -d "{\"code\":\"$unit\",\"kind\":\"TEAM\",\"nameFr\":\"Equipe $unit\",\"nameEn\":\"Team $unit\",\"parentCode\":\"DFS\"}")
    echo "$unit $code $(date +%s.%N)" >> "$OUT/writes-$tag-$w.txt"
    [[ "$code" == 201 ]] || sleep 0.2
  done
}
node_writes() { # port: one acknowledged write straight to that node
  local unit="RC$(date +%s%N | tail -c 9)P$1"
  [[ $(curl -s -o /dev/null -w '%{http_code}' -m 5 -H "$BASIC" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $unit" -X POST "http://127.0.0.1:$1/api/v1/organization/units" \
      -d "{\"code\":\"$unit\",\"kind\":\"TEAM\",\"nameFr\":\"Equipe\",\"nameEn\":\"Team\",\"parentCode\":\"DFS\"}") == 201 ]]
}
check_writes() { # tag
  local acked present missing
  acked=$(cat "$OUT"/writes-"$1"-*.txt | awk '$2==201 {print $1}' | sort -u)
  present=$(sql "SELECT code FROM org_unit WHERE code LIKE '${1}W%'" | sort -u)
  missing=$(comm -23 <(echo "$acked") <(echo "$present") | grep -c . || true)
  say "  writes: $(cat "$OUT"/writes-"$1"-*.txt | wc -l) sent, $(echo "$acked" | grep -c .) acknowledged (201), $(cat "$OUT"/writes-"$1"-*.txt | awk '$2!=201' | wc -l) not acknowledged (refused or cut), acknowledged missing afterwards: $missing"
  [[ "$missing" == 0 ]] || fail=1
}

# ---- database restart under load ---------------------------------------------------------------------------
if [[ " ${checks[*]} " == *" db "* ]]; then
  cluster=$(pg_lsclusters -h | awk -v p="$PGPORT" '$3==p {print $1" "$2}')
  if [[ -z "$cluster" ]]; then say "db: no local cluster on port $PGPORT"; fail=1
  elif [[ "$PGPORT" == 5432 && "${FSP_RESTART_SHARED_DB:-0}" != 1 ]]; then
    say "db: refusing to restart the shared server on 5432 (PGPORT=5433 with a cluster of its own, or FSP_RESTART_SHARED_DB=1)"
  else
    tag="DB$(date +%s | tail -c 6)"; rm -f "$OUT/stop" "$OUT"/writes-"$tag"-*.txt "$OUT"/reconnect-*
    server_errors() { # status: both nodes' count of answers with that status so far (their Prometheus endpoint)
      local p total=0 n
      for p in "${PORTS[@]}"; do
        n=$(curl -s -H "$BASIC" "http://127.0.0.1:$p/actuator/prometheus" \
          | awk -v s="status=\"$1\"" '/^http_server_requests_seconds_count/ && index($0, s) {t += $NF} END {printf "%d", t}')
        total=$((total + ${n:-0}))
      done
      echo "$total"
    }
    e500=$(server_errors 500); e503=$(server_errors 503)
    for w in $(seq 1 "$WRITERS"); do writer "$w" "$tag" & done
    wrk -t2 -c16 -d"$((25))s" --timeout 10s -H "$BASIC" "$LB/api/v1/organization/units/DFS-SUPS" > "$OUT/db-wrk.txt" 2>&1 &
    sleep 5
    say "db: restarting PostgreSQL $cluster (port $PGPORT) under load (load average $(loadavg))"
    t0=$(date +%s.%N)
    pg_ctlcluster $cluster restart -m fast
    until pg_isready -q -h "$PGHOST" -p "$PGPORT"; do sleep 0.2; done
    tdb=$(date +%s.%N)
    say "  database down and back in $(printf '%.1f' "$(echo "$tdb - $t0" | bc)") s"
    probe() { # n port: both nodes probed at once, each writes its time to $OUT/reconnect-n
      local ok="" _i
      for _i in $(seq 1 150); do
        if node_writes "$2"; then ok=$(printf '%.1f' "$(echo "$(date +%s.%N) - $tdb" | bc)"); break; fi
        sleep 0.2
      done
      echo "$ok" > "$OUT/reconnect-$1"
    }
    probes=()
    for n in 1 2; do probe "$n" "${PORTS[$((n - 1))]}" & probes+=($!); done
    wait "${probes[@]}"
    for n in 1 2; do
      ok=$(cat "$OUT/reconnect-$n")
      if [[ -n "$ok" ]]; then say "  node $n: first acknowledged write ${ok} s after the database was back (goal ≤ 10 s)"
      else say "  node $n: NO acknowledged write within 30 s of the database being back"; fail=1; fi
      [[ -n "$ok" ]] && (( $(echo "$ok > 10" | bc) )) && fail=1
    done
    sleep 5; touch "$OUT/stop"; wait
    say "  reads meanwhile: $(grep -E 'requests in|Requests/sec|Non-2xx|Socket' "$OUT/db-wrk.txt" | tr -s ' ' | tr '\n' ';')"
    n500=$(( $(server_errors 500) - e500 )); n503=$(( $(server_errors 503) - e503 ))
    say "  the nodes answered 503 (Retry-After) $n503 times and 500 $n500 times meanwhile (goal: 0 × 500; the other"
    say "  non-2xx above were answered by nginx itself, while it had both nodes marked failed)"
    (( n500 == 0 )) || fail=1
    check_writes "$tag"
  fi
fi

# ---- broker down under load ----------------------------------------------------------------------------------
if [[ " ${checks[*]} " == *" broker "* ]]; then
  queue_count() { rabbitmqctl -q list_queues name messages 2>/dev/null | awk -v q="$QUEUE" '$1==q {print $2}'; }
  if [[ -z "$(queue_count)" ]]; then
    say "broker: queue $QUEUE not found (start the nodes with FSP_AMQP=1)"; fail=1
  else
    did=$(curl -s -H "$BASIC" -H 'Accept: application/json' "$LB/api/v1/organization/delegations?status=ACTIVE&size=50" \
      | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    if [[ -z "$did" ]]; then say "broker: no active delegation to suspend/reinstate"; fail=1; else
    rabbitmqctl -q purge_queue "$QUEUE" >/dev/null
    pending0=$(sql "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
    say "broker: stopping RabbitMQ for ${OUTAGE} s while delegation $did is suspended and reinstated (load average $(loadavg))"
    rabbitmqctl -q stop_app
    t0=$SECONDS; acked=0; sent=0
    while (( SECONDS - t0 < OUTAGE )); do
      for action in suspend reinstate; do
        body='{}'; [[ $action == suspend ]] && body='{"reason":"harness: broker outage"}'
        code=$(curl -s -o /dev/null -w '%{http_code}' -m 10 -H "$BASIC" -H 'Content-Type: application/json' \
          -X POST "$LB/api/v1/organization/delegations/$did/$action" -d "$body")
        sent=$((sent + 1)); [[ $code == 200 ]] && acked=$((acked + 1))
      done
      sleep 1
    done
    pending=$(sql "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
    say "  during the outage: $sent writes, $acked acknowledged (200); publications waiting: $pending (before: $pending0)"
    rabbitmqctl -q start_app; t1=$SECONDS
    until [[ "$(queue_count)" -ge "$acked" && "$(sql "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")" == "$pending0" ]]; do
      if (( SECONDS - t1 > 180 )); then break; fi
      sleep 2
    done
    got=$(queue_count); left=$(sql "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
    say "  broker back: $got messages in $QUEUE after $((SECONDS - t1)) s (expected ≥ $acked: at least once), publications still waiting: $left"
    [[ "$got" -ge "$acked" && "$left" -le "$pending0" ]] || fail=1
    fi
  fi
  rabbitmqctl -q start_app 2>/dev/null || true   # never leave the broker stopped
fi

# ---- reference data changed: seen by every node within the TTL ---------------------------------------------
if [[ " ${checks[*]} " == *" cache "* ]]; then
  before=$(sql "SELECT name_en FROM ref_currency WHERE code = 'XCD'")
  for port in "${PORTS[@]}"; do curl -s -H "$BASIC" "http://127.0.0.1:$port/api/v1/reference/currencies" > /dev/null; done
  sql "UPDATE ref_currency SET name_en = '$before (harness)' WHERE code = 'XCD'" > /dev/null
  t0=$SECONDS
  for n in 1 2; do
    port=${PORTS[$((n - 1))]}; seen=""
    while (( SECONDS - t0 < 120 )); do
      if curl -s -H "$BASIC" "http://127.0.0.1:$port/api/v1/reference/currencies" | grep -q "$before (harness)"; then
        seen=$((SECONDS - t0)); break; fi
      sleep 2
    done
    if [[ -n "$seen" ]]; then say "cache: node $n serves the changed reference data after ${seen} s (TTL 60 s)"
    else say "cache: node $n still serves the old reference data after 120 s"; fail=1; fi
  done
  sql "UPDATE ref_currency SET name_en = '$(sed "s/'/''/g" <<< "$before")' WHERE code = 'XCD'" > /dev/null
fi

say "load average after: $(loadavg)"
[[ $fail == 0 ]] && say "RESULT: PASS" || say "RESULT: FAIL"
exit $fail
