#!/usr/bin/env bash
# Pipeline benchmark: replays ../shared/datasets/airline-threads/pairs-dev.csv through intake →
# triage → offline drafting → review queue, on the embedded defaults and on PostgreSQL + Kafka,
# and prints one table. Needs PostgreSQL on 127.0.0.1:5432 (trust auth); Kafka runs in-process.
# Extra Maven arguments pass through, e.g. bench/pipeline.sh -Dbench.posts=2000
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
rm -f target/pipeline-bench.md
./mvnw -B -q test -Pbench -Dtest='*PipelineBench' -Dsurefire.failIfNoSpecifiedTests=false "$@" > target/pipeline-bench.log 2>&1 \
  || { tail -n 50 target/pipeline-bench.log; exit 1; }
echo "| set-up | mentions | mentions/s (all offered at once) | p50 / p95 / p99 intake→queued, all at once | triage / drafting step: mean time (steps of mean size) | p50 / p95 / p99 intake→queued, 50/s offered | peak RSS of the test JVM | raw embedding texts/s (batches of 64 / one by one) | pipeline ÷ raw (batched / one by one) | pipeline ÷ the better raw | load average (start → end), $(nproc) cores |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
cat target/pipeline-bench.md
