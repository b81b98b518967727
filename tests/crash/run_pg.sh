#!/usr/bin/env bash
# run_pg.sh [TRIALS]: the kill -9 crash trials on PostgreSQL (see crash.py): three
# nodes on one database of a cluster of their own; every trial kills one node in
# the middle of ingest while the others go on, and every second trial also stops
# PostgreSQL itself (pg_ctl stop -m immediate) in the middle of the load and
# starts it again. make crash-test TRIALS=N runs it beside the SQLite trials.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
SEISMO=${SEISMO:-$top/seismo}
dir=$(mktemp -d /tmp/seismo-crash-pg.XXXXXX)
trap 'bash "$top/tests/pg/cluster.sh" stop "$dir"' EXIT
pgenv=$(bash "$top/tests/pg/cluster.sh" start "$dir")
eval "$pgenv"
python3 tests/crash/crash.py --seismo "$SEISMO" --trials "${1:-10}" \
    --pg-base "$SEISMO_TEST_PG_BASE" --pg-dir "$dir" --nodes 3 ${CRASH_SEED:+--seed "$CRASH_SEED"}
