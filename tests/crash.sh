#!/usr/bin/env bash
# CI's short crash-safety run: 5 kill -9 trials on SQLite, then 2 on PostgreSQL
# (three nodes, one killed; the second trial also stops and starts the server).
# make crash-test TRIALS=50 runs the long ones.
set -euo pipefail
cd "$(dirname "$0")/.."
SEISMO=${SEISMO:-$(pwd)/seismo} bash tests/crash/run.sh "${CRASH_TRIALS:-5}"
SEISMO=${SEISMO:-$(pwd)/seismo} bash tests/crash/run_pg.sh "${CRASH_PG_TRIALS:-2}"
