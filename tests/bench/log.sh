#!/usr/bin/env bash
# Append throughput: seismo's event log beside a bare SQLite insert loop.
set -euo pipefail
. "$(dirname "$0")/lib/table.sh"
dir=$(mktemp -d /tmp/seismo-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT
echo "Append throughput (events/s), seismo vs a bare SQLite loop of the same rows; ratio = seismo/bare"
"$BENCH_BIN/bench_log" "$dir" | tee "$dir/out"
while read -r size sync events ours bare ratio; do
    case $size in [0-9]*) ;; *) continue ;; esac
    bench_row "append, batches of $size, sync $sync (SQLite)" "$ours ev/s" "$bare ev/s bare" "$ratio" "-"
done < "$dir/out"
