#!/usr/bin/env bash
# Measures start-up time and idle memory of the real application with demo data, and writes the
# figures to docs/performance/startup.md. Not a test: run it by hand on a quiet machine.
#
# For each configuration, RUNS times: start on a fresh H2 database under target/measure/, wait for
# /actuator/health UP, record Spring's "Started ... in X seconds" and the wall time to UP, stay idle
# IDLE_SECONDS, read VmRSS from /proc/<pid>/status, stop.
# Configurations: plain   = java -jar app.jar (JVM defaults)
#                 tuned   = extracted jar + the flags of scripts/run-prod.sh
#                 cds     = tuned + a class-data-sharing archive from a training run (what run-prod.sh does)
# Environment: RUNS (3), IDLE_SECONDS (20), PORT (18080), CONFIGS ("plain tuned cds").
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
IDLE_SECONDS=${IDLE_SECONDS:-20}
PORT=${PORT:-18080}
CONFIGS=${CONFIGS:-plain tuned cds}
TUNED_OPTS="-XX:+UseSerialGC -XX:MaxRAM=1g -Xss512k -XX:ReservedCodeCacheSize=64m"
WORK=target/measure
OUT=docs/performance/startup.md

jar=$(ls target/field-support-platform-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [[ -z "$jar" ]]; then
  echo "building the jar..."
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/field-support-platform-*.jar | grep -v -- '-plain' | head -1)
fi
rm -rf "$WORK"; mkdir -p "$WORK"
java -Djarmode=tools -jar "$jar" extract --destination "$WORK/app" >/dev/null
mv "$WORK"/app/field-support-platform-*.jar "$WORK/app/app.jar"

pid=""
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT

if [[ " $CONFIGS " == *" cds "* ]]; then
  echo "CDS training run..."
  # shellcheck disable=SC2086
  java $TUNED_OPTS -XX:ArchiveClassesAtExit="$WORK/app/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$WORK/app/app.jar" --spring.datasource.url="jdbc:h2:file:./$WORK/training/db;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH" \
    --fsp.demo-data=true --server.port="$PORT" > "$WORK/training.log" 2>&1 || true
  ls -la "$WORK/app/app.jsa"
fi

command_for() {
  case "$1" in
    plain) echo "java -jar $jar" ;;
    tuned) echo "java $TUNED_OPTS -jar $WORK/app/app.jar" ;;
    cds)   echo "java $TUNED_OPTS -XX:SharedArchiveFile=$WORK/app/app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $WORK/app/app.jar" ;;
  esac
}

results="$WORK/results.tsv"; : > "$results"
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
for config in $CONFIGS; do
  for run in $(seq 1 "$RUNS"); do
    dir="$WORK/$config-$run"; mkdir -p "$dir"
    log="$dir/app.log"
    start=$(date +%s.%N)
    # shellcheck disable=SC2046
    $(command_for "$config") --server.port="$PORT" --fsp.demo-data=true \
      --spring.datasource.url="jdbc:h2:file:./$dir/db/fieldsupport;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH" \
      > "$log" 2>&1 &
    pid=$!
    up=""
    for _ in $(seq 1 1200); do
      if curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
        up=$(date +%s.%N); break
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if [[ -z "$up" ]]; then
      echo "$config run $run: never became healthy; see $log" >&2; tail -30 "$log" >&2; exit 1
    fi
    wall=$(echo "$up - $start" | bc -l)
    started=$(grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$log" | grep -oE '[0-9.]+ seconds' | cut -d' ' -f1 | head -1)
    sleep "$IDLE_SECONDS"
    rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    printf '%s\t%s\t%s\t%.1f\t%d\n' "$config" "$run" "${started:-?}" "$wall" "$((rss_kb / 1024))" | tee -a "$results"
  done
done

mkdir -p "$(dirname "$OUT")"
{
  echo "# Start-up time and idle memory"
  echo
  echo "Measured by \`scripts/measure-startup.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$(git rev-parse --short HEAD 2>/dev/null || echo '?')\`,"
  echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(java -version 2>&1 | head -1)."
  echo "The real application with demo data on a fresh embedded H2 database for every run; idle RSS read"
  echo "from \`/proc/<pid>/status\` after ${IDLE_SECONDS} s idle. Goal: start ≤ 12 s, idle RSS ≤ 450 MB."
  echo "Load average when the runs ended: $(cut -d' ' -f1-3 /proc/loadavg) (on $(nproc) cores; above $(nproc) other"
  echo "processes competed for the CPU and the times are inflated accordingly). Compare medians."
  echo
  echo "| configuration | command |"
  echo "|---|---|"
  echo "| plain | \`java -jar field-support-platform.jar\` (JVM defaults) |"
  echo "| tuned | extracted jar (\`java -Djarmode=tools -jar … extract\`) + \`$TUNED_OPTS\` |"
  echo "| cds | tuned + class-data-sharing archive from a training run (\`-XX:ArchiveClassesAtExit\`, \`-Dspring.context.exit=onRefresh\`); what \`scripts/run-prod.sh\` does |"
  echo
  echo "| configuration | run | \"Started … in\" (s) | wall time to health UP (s) | idle RSS (MB) |"
  echo "|---|---|---|---|---|"
  awk -F'\t' '{printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5}' "$results"
  echo
  echo "Medians:"
  echo
  echo "| configuration | \"Started … in\" (s) | wall to UP (s) | idle RSS (MB) |"
  echo "|---|---|---|---|"
  for config in $CONFIGS; do
    med() { grep "^$config	" "$results" | cut -f"$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
    echo "| $config | $(med 3) | $(med 4) | $(med 5) |"
  done
} > "$OUT"
echo "wrote $OUT"
