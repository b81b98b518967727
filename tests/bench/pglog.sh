#!/usr/bin/env bash
# Append throughput on PostgreSQL: seismo's log beside a bare libpq loop of the
# same statements, on a throwaway cluster with the server's default durability
# (fsync on). "sync" is synchronous_commit: on (--durability full) or off (normal).
set -euo pipefail
. "$(dirname "$0")/lib/table.sh"
here=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d /tmp/seismo-bench-pg.XXXXXX)
trap 'bash "$here/pg/cluster.sh" stop "$dir"' EXIT
pgenv=$(bash "$here/pg/cluster.sh" start "$dir")
eval "$pgenv"
echo "PostgreSQL append throughput (events/s), seismo vs a bare libpq loop of the same statements; ratio = seismo/bare"
out=$(mktemp /tmp/seismo-bench-pglog.XXXXXX)
"$BENCH_BIN/bench_pglog" "$SEISMO_TEST_PG_BASE" | tee "$out"
while read -r size sync events ours bare ratio; do
    case $size in [0-9]*) ;; *) continue ;; esac
    bench_row "append, batches of $size, sync $sync (PostgreSQL)" "$ours ev/s" "$bare ev/s bare" "$ratio" "-"
done < "$out"
rm -f "$out"
