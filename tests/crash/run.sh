#!/usr/bin/env bash
# run.sh [TRIALS]: kill -9 crash trials (see crash.py). make crash-test TRIALS=N.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
SEISMO=${SEISMO:-$top/seismo}
exec python3 tests/crash/crash.py --seismo "$SEISMO" --trials "${1:-50}" ${CRASH_SEED:+--seed "$CRASH_SEED"}
