#!/usr/bin/env bash
# Runs the Field Support Platform the way we measured it (docs/performance/startup.md):
#   - the jar extracted by Spring Boot's tools jarmode (faster class loading than the nested fat jar),
#   - with a class-data-sharing archive (CDS) made by a training run when one exists,
#   - with small-footprint JVM flags suited to a 2-core, few-GB machine.
# Pass Spring properties as arguments, e.g.
#   scripts/run-prod.sh --spring.datasource.url=jdbc:postgresql://db:5432/fsp --spring.datasource.username=fsp
# Environment: APP_DIR (extracted app, default target/app), JAVA_OPTS (replaces the defaults below),
#              FSP_JIT=auto|c1|tiered (the JIT compilers, see below),
#              FSP_CDS=off to run without the CDS archive,
#              FSP_JAR (the jar to extract, default the build's target/field-support-platform-*.jar),
#              FSP_CDS_TRAINING_ARGS (Spring arguments of the training run, default an in-memory H2 database without
#              demo data; scripts/two-nodes.sh trains on the cluster's own PostgreSQL with profile cluster, so the
#              archive also holds the PostgreSQL driver and Spring Session classes and the training run applies the
#              migrations), FSP_PREPARE_ONLY=1 (extract and train, then exit: several nodes then share one archive).
set -euo pipefail
cd "$(dirname "$0")/.."

# Serial GC: one GC thread, smallest footprint, fine for heaps of a few hundred MB on 2 cores.
# MaxRAM=1g: size the default heap (1/4 = 256 MB) and other ergonomics as for a 1 GB container.
# Xss512k: half the default thread stack; Tomcat's 200 worker threads cost less.
# ReservedCodeCacheSize=64m: the JIT code cache the app needs, rather than 240 MB reserved.
DEFAULT_JAVA_OPTS="-XX:+UseSerialGC -XX:MaxRAM=1g -Xss512k -XX:ReservedCodeCacheSize=64m"
JAVA_OPTS=${JAVA_OPTS:-$DEFAULT_JAVA_OPTS}
# JIT: on 2 cores or fewer the optimising compiler (C2) spends more CPU than the start itself (13.2 CPU-s to ready
# against 5.8 with the quick compiler C1 alone) and competes with requests for minutes after each start; a node
# killed under load then takes 25-28 s to be ready again, 12-14 s with C1 alone (docs/reliability.md, decision record
# docs/decisions/2026-12-06-restart-and-unavailable-s5.md). FSP_JIT=auto (default) uses C1 alone on <= 2 cores,
# tiered (C1 then C2) above; FSP_JIT=c1 or FSP_JIT=tiered forces one.
case "${FSP_JIT:-auto}" in
  c1) jit="-XX:TieredStopAtLevel=1" ;;
  tiered) jit="" ;;
  *) if (( $(nproc) <= 2 )); then jit="-XX:TieredStopAtLevel=1"; else jit=""; fi ;;
esac
[[ "$JAVA_OPTS" == *TieredStopAtLevel* ]] || JAVA_OPTS="$JAVA_OPTS $jit"
APP_DIR=${APP_DIR:-target/app}

jar=${FSP_JAR:-$(ls target/field-support-platform-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}
if [[ -z "$jar" ]]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/field-support-platform-*.jar | grep -v -- '-plain' | head -1)
fi
if [[ ! -f "$APP_DIR/app.jar" || "$jar" -nt "$APP_DIR/app.jar" ]]; then
  rm -rf "$APP_DIR"
  java -Djarmode=tools -jar "$jar" extract --destination "$APP_DIR" >/dev/null
  # name the main jar app.jar whatever the version (extract names it after the jar it was given)
  mv "$APP_DIR/$(basename "$jar")" "$APP_DIR/app.jar"
  touch "$APP_DIR/app.jar"   # newer than the jar it came from: the next start does not extract again
fi

cds=()
if [[ "${FSP_CDS:-on}" != off ]]; then
  if [[ ! -f "$APP_DIR/app.jsa" ]]; then
    echo "Creating the class-data-sharing archive (training run: starts the context and exits)..." >&2
    # The training run must use the same flags as the real run, or the JVM rejects the archive.
    # shellcheck disable=SC2086
    training=(--spring.datasource.url="jdbc:h2:mem:cds-training;MODE=PostgreSQL" --fsp.demo-data=false)
    # shellcheck disable=SC2206
    [[ -n "${FSP_CDS_TRAINING_ARGS:-}" ]] && training=($FSP_CDS_TRAINING_ARGS)
    # shellcheck disable=SC2086
    java $JAVA_OPTS -XX:ArchiveClassesAtExit="$APP_DIR/app.jsa" -Dspring.context.exit=onRefresh \
      -jar "$APP_DIR/app.jar" "${training[@]}" --server.port=0 --logging.level.root=WARN \
      > "$APP_DIR/cds-training.log" 2>&1 || true
  fi
  [[ -f "$APP_DIR/app.jsa" ]] && cds=(-XX:SharedArchiveFile="$APP_DIR/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi

[[ "${FSP_PREPARE_ONLY:-0}" == 1 ]] && exit 0
# shellcheck disable=SC2086
exec java $JAVA_OPTS "${cds[@]}" -jar "$APP_DIR/app.jar" "$@"
