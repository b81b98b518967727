#!/usr/bin/env bash
# CI's short crash-safety run: 5 kill -9 trials (make crash-test TRIALS=50 runs the long one).
set -euo pipefail
cd "$(dirname "$0")/.."
SEISMO=${SEISMO:-$(pwd)/seismo} bash tests/crash/run.sh "${CRASH_TRIALS:-5}"
