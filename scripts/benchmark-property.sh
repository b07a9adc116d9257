#!/usr/bin/env bash
# Benchmark of the property register at volume (issue 17): 500,000 assets, a physical count of 50,000 tags reconciled,
# register pages; each beside the same reads in plain SQL. Not a test: run it by hand; copy the figures into
# docs/performance/logistics.md. The datasource goes as program arguments (a property file cannot win over them):
#   scripts/benchmark-property.sh --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/fsp_bench --spring.datasource.username=root
# Without arguments: in-memory H2. System properties: ASSETS, ITERATIONS, COUNT_ITERATIONS.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx2g -Dassets="${ASSETS:-500000}" -Diterations="${ITERATIONS:-100}" -DcountIterations="${COUNT_ITERATIONS:-10}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.fieldsupport.property.benchmark.PropertyBenchmark "$@"
