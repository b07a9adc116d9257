#!/usr/bin/env bash
# Benchmark of the organisation read paths (responsibility lookup, reporting chains) on a generated
# structure of 10,000 units and 50,000 positions. Not a test: run it by hand on a quiet machine.
# Prints the percentiles and writes them to target/benchmark/organization.txt; copy the figures into
# docs/performance/organization.md when they change.
# Environment: UNITS (10000), ITERATIONS (5000), FSP_BENCH_DATABASE_URL / FSP_BENCH_DATABASE_USER to run
# on PostgreSQL (default: in-memory H2 in PostgreSQL mode).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -Dunits="${UNITS:-10000}" -Diterations="${ITERATIONS:-5000}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.fieldsupport.organization.benchmark.OrganizationBenchmark
