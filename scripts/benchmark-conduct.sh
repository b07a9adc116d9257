#!/usr/bin/env bash
# Benchmark of a 200,000-case conduct register (issue 19): list and filters through the register (need-to-know, read log)
# and the published statistics, beside plain SQL. Not a test: run it by hand; copy the figures
# into docs/performance/conduct.md. Arguments are passed to the application (they win over property files), e.g.
#   scripts/benchmark-conduct.sh --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/fsp_bench_conduct --spring.datasource.username=root
# Without arguments: in-memory H2. Environment: CASES, ITERATIONS.
set -euo pipefail
cd "$(dirname "$0")/.."
# the test classpath as the compiler sees it (maven-dependency-plugin is not in the offline repository)
./mvnw -o -X -B test-compile | grep -m1 '(f) testPath = ' | sed 's/.*testPath = \[//; s/\]$//; s/, /:/g' > target/bench-classpath.txt
java -Xmx1g -Dcases="${CASES:-200000}" -Diterations="${ITERATIONS:-60}" \
  -cp "$(cat target/bench-classpath.txt)" \
  org.fieldsupport.conduct.benchmark.ConductBenchmark "$@"
