#!/usr/bin/env bash
# Triage evaluation over ../shared/datasets: prints intent, sentiment, BANKING77 and throughput figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Pbench -Dtest=TriageEvaluation 2>&1 | grep -E '^\|'
