#!/usr/bin/env bash
# Benchmark of the staffing table reads and the HR indicators on 40 missions x 2,000 posts and 60,000 staff
# records. Not a test: run it by hand on a quiet machine; copy the figures into docs/performance/personnel.md.
# Environment: FSP_BENCH_DATABASE_URL / FSP_BENCH_DATABASE_USER for PostgreSQL (the issue's goal is on
# PostgreSQL; default: in-memory H2). System properties: missions, posts, staff, iterations.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -Dmissions="${MISSIONS:-40}" -Dposts="${POSTS:-2000}" -Dstaff="${STAFF:-60000}" \
  -Diterations="${ITERATIONS:-200}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.fieldsupport.personnel.benchmark.PersonnelBenchmark
