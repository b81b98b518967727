#!/usr/bin/env bash
# Append throughput on PostgreSQL: seismo's log beside a bare libpq loop of the
# same statements, on a throwaway cluster with the server's default durability
# (fsync on). "sync" is synchronous_commit: on (--durability full) or off (normal).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d /tmp/seismo-bench-pg.XXXXXX)
trap 'bash "$here/pg/cluster.sh" stop "$dir"' EXIT
pgenv=$(bash "$here/pg/cluster.sh" start "$dir")
eval "$pgenv"
echo "PostgreSQL append throughput (events/s), seismo vs a bare libpq loop of the same statements; ratio = seismo/bare"
"$BENCH_BIN/bench_pglog" "$SEISMO_TEST_PG_BASE"
