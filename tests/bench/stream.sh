#!/usr/bin/env bash
# Streaming output: peak memory of `seismo events` in ndjson and csv over a
# generated log of 1,000,000 events (the one proj.sh makes, reused), beside the
# sqlite3 shell printing the same bodies in the same run, and the same command
# over a log a hundredth the size: memory must not grow with the rows
# (target: under 50 MB at 1M events). Also the timeline of a company with
# 10,000 events in ndjson and csv. Set STREAM_BENCH_EVENTS for a smaller run.
set -euo pipefail
BENCH_BIN=${BENCH_BIN:-$(pwd)/build/rel/bench}
events=${STREAM_BENCH_EVENTS:-1000000}
small=$((events / 100))
dir=${PROJ_BENCH_DIR:-$(pwd)/build/bench}
mkdir -p "$dir"
for n in "$small" "$events"; do
    [ -s "$dir/proj-$n.db" ] || "$BENCH_BIN/bench_proj" "$dir/proj-$n.db" "$n" 2000 >/dev/null
done
# peak KB RUNTIME_S: run "$@" with stdout to /dev/null
tf=$(mktemp /tmp/seismo-stream.XXXXXX)
trap 'rm -f "$tf"' EXIT
measure() {
    /usr/bin/time -o "$tf" -f '%M %e' "$@" >/dev/null 2>/dev/null
    tail -1 "$tf"
}
big="$dir/proj-$events.db"
read -r base_kb base_s < <(measure sqlite3 "$big" "SELECT body FROM events ORDER BY seq")
printf 'sqlite3 shell, the %d bodies:    %6.1f MB peak, %.2f s\n' "$events" "$(echo "$base_kb / 1024" | bc -l)" "$base_s"
miss=0
for f in ndjson csv; do
    read -r s_kb s_s < <(measure "$SEISMO" --db "$dir/proj-$small.db" events --format "$f")
    read -r b_kb b_s < <(measure "$SEISMO" --db "$big" events --format "$f")
    mb=$(echo "$b_kb / 1024" | bc -l)
    printf 'seismo events --format %-6s %7d events: %6.1f MB peak, %.2f s (%.0f events/s); %d events: %.1f MB; growth x%.2f for x100 rows; vs sqlite3 memory x%.2f\n' \
        "$f" "$events" "$mb" "$b_s" "$(echo "$events / $b_s" | bc -l)" "$small" "$(echo "$s_kb / 1024" | bc -l)" \
        "$(echo "$b_kb / $s_kb" | bc -l)" "$(echo "$b_kb / $base_kb" | bc -l)"
    if [ "$(echo "$mb >= 50" | bc)" = 1 ]; then echo "  MISS: target under 50 MB"; miss=1; fi
done
for f in ndjson csv; do
    read -r t_kb t_s < <(measure "$SEISMO" --db "$big" timeline HOT --format "$f")
    printf 'seismo timeline HOT --format %-6s (the busiest company): %6.1f MB peak, %.2f s\n' "$f" "$(echo "$t_kb / 1024" | bc -l)" "$t_s"
done
[ "$miss" = 0 ] && echo "stream: every target met" || echo "stream: targets missed (see MISS)"
