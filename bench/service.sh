#!/usr/bin/env bash
# Service benchmark: starts the packaged service as its own process on the embedded set-up (a
# fresh H2 file under target/bench-service/, demo replay off), posts the real customer posts of
# ../shared/datasets/airline-threads/pairs-dev.csv to POST /api/mentions, and prints one table:
# mentions/s and intake→queued latency with everything offered at once and at 50/s, and the
# process's peak and current resident memory. Builds the jar first when there is none.
# JVM options come from FIRSTLINE_BENCH_JAVA_OPTS (default: -Xmx512m, the heap we run with).
# Usage: bench/service.sh [posts] [paced-posts]
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${1:-8323}
paced=${2:-1500}
port=${FIRSTLINE_BENCH_PORT:-8089}
csv=${FIRSTLINE_DATASETS:-../shared/datasets}/airline-threads/pairs-dev.csv
java_opts=${FIRSTLINE_BENCH_JAVA_OPTS:--Xmx512m}

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
mkdir -p target/bench-service
QUARKUS_HTTP_PORT=$port \
# The demo's accounts exist only with the demo on: the load signs in as the first admin.
export FIRSTLINE_ADMIN_PASSWORD=${FIRSTLINE_ADMIN_PASSWORD:-bench-admin-pass}
QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:./target/bench-service/firstline-$(date +%s);DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" \
FIRSTLINE_DEMO_ENABLED=false FIRSTLINE_DEMO_HISTORY_DAYS=0 FIRSTLINE_KNOWLEDGE_WATCH_EVERY=off \
  java $java_opts -jar target/quarkus-app/quarkus-run.jar > target/bench-service/service.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "localhost:$port/q/health/ready" > /dev/null; do
  kill -0 $pid 2>/dev/null || { tail -n 30 target/bench-service/service.log; exit 1; }
  sleep 1
done

echo "| run | mentions | offered | mentions/s | p50 / p95 / p99 intake→queued (bucket bounds) | peak RSS (VmHWM) | RSS at the end | "
echo "|---|---|---|---|---|---|---|"
# A first pass of 1,000 posts warms the JIT up; its row is printed too.
java bench/ServiceLoad.java "http://localhost:$port" $pid "$csv" 1000 0 "warm-up"
java bench/ServiceLoad.java "http://localhost:$port" $pid "$csv" "$posts" 0 "all at once"
java bench/ServiceLoad.java "http://localhost:$port" $pid "$csv" "$paced" 50 "steady"
echo "JVM options: $java_opts; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
