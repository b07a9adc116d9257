#!/usr/bin/env bash
# Runs the Field Support Platform the way we measured it (docs/performance/startup.md):
#   - the jar extracted by Spring Boot's tools jarmode (faster class loading than the nested fat jar),
#   - with a class-data-sharing archive (CDS) made by a training run when one exists,
#   - with small-footprint JVM flags suited to a 2-core, few-GB machine.
# Pass Spring properties as arguments, e.g.
#   scripts/run-prod.sh --spring.datasource.url=jdbc:postgresql://db:5432/fsp --spring.datasource.username=fsp
# Environment: APP_DIR (extracted app, default target/app), JAVA_OPTS (replaces the defaults below),
#              FSP_CDS=off to run without the CDS archive.
set -euo pipefail
cd "$(dirname "$0")/.."

# Serial GC: one GC thread, smallest footprint, fine for heaps of a few hundred MB on 2 cores.
# MaxRAM=1g: size the default heap (1/4 = 256 MB) and other ergonomics as for a 1 GB container.
# Xss512k: half the default thread stack; Tomcat's 200 worker threads cost less.
# ReservedCodeCacheSize=64m: the JIT code cache the app needs, rather than 240 MB reserved.
DEFAULT_JAVA_OPTS="-XX:+UseSerialGC -XX:MaxRAM=1g -Xss512k -XX:ReservedCodeCacheSize=64m"
JAVA_OPTS=${JAVA_OPTS:-$DEFAULT_JAVA_OPTS}
APP_DIR=${APP_DIR:-target/app}

jar=$(ls target/field-support-platform-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [[ -z "$jar" ]]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/field-support-platform-*.jar | grep -v -- '-plain' | head -1)
fi
if [[ ! -f "$APP_DIR/app.jar" || "$jar" -nt "$APP_DIR/app.jar" ]]; then
  rm -rf "$APP_DIR"
  java -Djarmode=tools -jar "$jar" extract --destination "$APP_DIR" >/dev/null
  # name the main jar app.jar whatever the version
  mv "$APP_DIR"/field-support-platform-*.jar "$APP_DIR/app.jar" 2>/dev/null || true
fi

cds=()
if [[ "${FSP_CDS:-on}" != off ]]; then
  if [[ ! -f "$APP_DIR/app.jsa" ]]; then
    echo "Creating the class-data-sharing archive (training run: starts the context and exits)..." >&2
    # The training run must use the same flags as the real run, or the JVM rejects the archive.
    # shellcheck disable=SC2086
    java $JAVA_OPTS -XX:ArchiveClassesAtExit="$APP_DIR/app.jsa" -Dspring.context.exit=onRefresh \
      -jar "$APP_DIR/app.jar" --spring.datasource.url="jdbc:h2:mem:cds-training;MODE=PostgreSQL" \
      --fsp.demo-data=false --logging.level.root=WARN >/dev/null 2>&1 || true
  fi
  [[ -f "$APP_DIR/app.jsa" ]] && cds=(-XX:SharedArchiveFile="$APP_DIR/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi

# shellcheck disable=SC2086
exec java $JAVA_OPTS "${cds[@]}" -jar "$APP_DIR/app.jar" "$@"
