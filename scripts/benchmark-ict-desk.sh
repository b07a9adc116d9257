#!/usr/bin/env bash
# Benchmark of a 2-million-ticket ICT service desk: the mission queue and a month's service-level report, each beside
# the same work in plain SQL. Not a test: run it by hand; copy the figures into docs/performance/ict-desk.md.
# Environment: FSP_BENCH_DATABASE_URL / FSP_BENCH_DATABASE_USER for PostgreSQL (the issue's goal is on PostgreSQL;
# default: in-memory H2). System properties: tickets, iterations.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx2g -Dtickets="${TICKETS:-2000000}" -Diterations="${ITERATIONS:-100}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.fieldsupport.ict.desk.benchmark.IctDeskBenchmark
