#!/usr/bin/env bash
# One and two Firstline processes of the production build (target/scaleout) on PostgreSQL and an
# in-process Kafka broker, fed the real airline posts over HTTP; prints mentions/s for each and the
# ratio. Needs PostgreSQL on 127.0.0.1:5432 (trust auth). Extra Maven arguments pass through,
# e.g. bench/instances.sh -Dbench.posts=1500
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -B verify -Pbench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=InstancesBenchIT "$@" \
  > target/instances-bench.log 2>&1 || { tail -n 50 target/instances-bench.log; exit 1; }
grep -E '^\|' target/instances-bench.log
