#!/usr/bin/env bash
# A judge-ready sample of Firstline's drafts on real posts it has never seen, for grading with
# ../shared/drafting-judge.md (see bench/README.md, "Grading drafts").
#
#   bench/drafting.sh SEED [N] [OUT.jsonl]
#
# Builds the service, starts it on an empty database with the demo off (port 8090), sends N
# (default 60) real dev posts chosen by SEED through ../shared/tools/draft_sample.py, and writes
# one line per post: the post, the draft, its triage, and the macro it came from (or "needs a
# reply"). Use a fresh seed for every graded sample.
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=${1:?usage: bench/drafting.sh SEED [N] [OUT.jsonl]}
N=${2:-60}
OUT=${3:-target/drafting-sample-$SEED.jsonl}
SHARED=${SHARED:-../shared}
PORT=${PORT:-8090}
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
# The service runs in a folder of its own, so its database starts empty; the knowledge base is this one.
ln -s "$PWD/knowledge-base" "$WORK/knowledge-base"
(cd "$WORK" && FIRSTLINE_ADMIN_PASSWORD=judge exec java -Dfirstline.demo.enabled=false -Dfirstline.demo.history.days=0 \
  -Dquarkus.http.port="$PORT" -jar "$OLDPWD/target/quarkus-app/quarkus-run.jar" > service.log 2>&1) &
PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null && break
  sleep 1
done

export FIRSTLINE_USER=admin FIRSTLINE_PASS=judge
python3 "$SHARED/tools/draft_sample.py" "http://localhost:$PORT" "$SHARED/datasets" "$OUT" "$N" "$SEED"
python3 bench/drafting/with_macros.py "http://localhost:$PORT" "$OUT"
echo "sample: $OUT"
