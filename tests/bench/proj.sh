#!/usr/bin/env bash
# Projection benchmark: rebuild of every projection over 1,000,000 generated
# events (2,000 companies) beside a bare SELECT scan of the events table in the
# same run (target: at least 0.3 of the scan's rate), and timeline query
# latency for a company with 10,000 events.
# The generated log is kept in build/bench/ (making it takes a while); set
# PROJ_BENCH_EVENTS for a smaller run.
set -euo pipefail
. "$(dirname "$0")/lib/table.sh"
BENCH_BIN=${BENCH_BIN:-$(pwd)/build/rel/bench}
events=${PROJ_BENCH_EVENTS:-1000000}
dir=${PROJ_BENCH_DIR:-$(pwd)/build/bench}
mkdir -p "$dir"
out=$("$BENCH_BIN/bench_proj" "$dir/proj-$events.db" "$events" 2000)
echo "$out"
scan=$(sed -n 's/^baseline scan: .*(\([0-9]*\) events\/s.*/\1/p' <<< "$out")
rebuild=$(sed -n 's/^rebuild (all): .*(\([0-9]*\) events\/s.*/\1/p' <<< "$out")
median=$(sed -n 's/^timeline latency: *median \([0-9.]*\) ms.*/\1/p' <<< "$out")
bench_row "rebuild, $events events (SQLite)" "$rebuild ev/s" "$scan rows/s bare scan" \
    "$(bench_ratio "$rebuild" "$scan")" ">= 0.3"
bench_row "timeline of a 10k-event company, in-process" "$median ms median" "-" "-" "-"
