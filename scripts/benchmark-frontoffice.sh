#!/usr/bin/env bash
# Benchmark of a 500,000-item correspondence register (issue 16): list, paging and search through the register beside
# the same page in plain SQL; on PostgreSQL also without the trigram index. Not a test: run it by hand; copy the figures
# into docs/performance/frontoffice.md. Arguments are passed to the application (they win over property files), e.g.
#   scripts/benchmark-frontoffice.sh --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/fsp_bench --spring.datasource.username=root
# Without arguments: in-memory H2. System properties: ITEMS, ITERATIONS.
set -euo pipefail
cd "$(dirname "$0")/.."
# the test classpath as the compiler sees it (maven-dependency-plugin is not in the offline repository)
./mvnw -o -X -B test-compile | grep -m1 '(f) testPath = ' | sed 's/.*testPath = \[//; s/\]$//; s/, /:/g' > target/bench-classpath.txt
java -Xmx1g -Ditems="${ITEMS:-500000}" -Diterations="${ITERATIONS:-60}" \
  -cp "$(cat target/bench-classpath.txt)" \
  org.fieldsupport.frontoffice.correspondence.benchmark.CorrespondenceBenchmark "$@"
