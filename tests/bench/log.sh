#!/usr/bin/env bash
# Append throughput: seismo's event log beside a bare SQLite insert loop.
set -euo pipefail
dir=$(mktemp -d /tmp/seismo-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT
echo "Append throughput (events/s), seismo vs a bare SQLite loop of the same rows; ratio = seismo/bare"
"$BENCH_BIN/bench_log" "$dir"
