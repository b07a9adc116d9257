#!/usr/bin/env bash
# Benchmark of the performance report at scale (issue 15): 40 missions x 200 estimate lines, 2 M ERP lines; the
# import against PostgreSQL's own COPY, the availability and variance screens, totals against SQL aggregates.
# Not a test: run it by hand; copy the figures into docs/performance/budget.md.
# The data source is given as program arguments (they win over property files), e.g.
#   DB=fsp_bench_budget; createdb -h 127.0.0.1 -U root $DB
#   scripts/benchmark-budget.sh --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --spring.datasource.username=root
# Without arguments it runs on an in-memory H2 (no COPY baseline). System properties: missions, estimateLines,
# erpLines, iterations (MISSIONS, ESTIMATE_LINES, ERP_LINES, ITERATIONS).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx3g -Dmissions="${MISSIONS:-40}" -DestimateLines="${ESTIMATE_LINES:-200}" -DerpLines="${ERP_LINES:-50000}" \
  -Diterations="${ITERATIONS:-100}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.fieldsupport.budget.benchmark.BudgetBenchmark "$@"
