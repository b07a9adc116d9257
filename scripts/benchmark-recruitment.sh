#!/usr/bin/env bash
# Benchmark of the blind list of applications of one job opening with 5,000 applications
# Not a test: run it by hand on a quiet machine; copy the figures into docs/performance/recruitment.md.
# Environment: FSP_BENCH_DATABASE_URL / FSP_BENCH_DATABASE_USER for PostgreSQL (the issue's goal is on
# PostgreSQL; default: in-memory H2). System properties: applications, iterations.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g -Dapplications="${APPLICATIONS:-5000}" -Diterations="${ITERATIONS:-200}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.fieldsupport.personnel.benchmark.RecruitmentBenchmark
