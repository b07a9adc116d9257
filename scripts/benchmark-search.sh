#!/usr/bin/env bash
# Search benchmark (issue 10 item 6): 1,000,000 indexed records on PostgreSQL, the kit's search next to the same SQL
# run directly with JDBC (org.fieldsupport.platform.search.SearchBenchmark). Not a test: run it by hand.
# The datasource is passed as program arguments (a property file cannot win: the program prints what it measured).
# Environment: PGHOST/PGPORT/PGUSER (127.0.0.1/5432/$USER), BENCH_DB (fsp_search_bench, created if missing),
# RECORDS (1000000), ITERATIONS (200). Copy the table into docs/performance/search.md with the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-$(id -un)}
DB=${BENCH_DB:-fsp_search_bench}
psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1 \
  || createdb -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" "$DB"
[[ -f target/bench-classpath.txt && "${SKIP_BUILD:-0}" == 1 ]] || \
  ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
mkdir -p target/benchmark
java -Xmx1g -Drecords="${RECORDS:-1000000}" -Diterations="${ITERATIONS:-200}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.fieldsupport.platform.search.SearchBenchmark \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER" \
  --spring.datasource.password= | tee target/benchmark/search.txt
