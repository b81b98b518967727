#!/usr/bin/env bash
# Projection benchmark: rebuild of every projection over 1,000,000 generated
# events (2,000 companies) beside a bare SELECT scan of the events table in the
# same run, and timeline query latency for a company with 10,000 events.
# The generated log is kept in build/bench/ (making it takes a while); set
# PROJ_BENCH_EVENTS for a smaller run.
set -euo pipefail
BENCH_BIN=${BENCH_BIN:-$(pwd)/build/rel/bench}
events=${PROJ_BENCH_EVENTS:-1000000}
dir=${PROJ_BENCH_DIR:-$(pwd)/build/bench}
mkdir -p "$dir"
"$BENCH_BIN/bench_proj" "$dir/proj-$events.db" "$events" 2000
