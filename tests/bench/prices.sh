#!/usr/bin/env bash
# Prices: import of 10 years of daily bars for 500 symbols (generated CSV) in
# rows/s, beside the sqlite3 shell's .import of the same CSV in the same run
# (target: at least 0.5 of the shell's rate); and a study of 10,000 events over
# that data in events/s (target: at least 100,000 events/s).
set -euo pipefail
. "$(dirname "$0")/lib/table.sh"
dir=$(mktemp -d /tmp/seismo-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT
if ! "$SEISMO" prices --help >/dev/null 2>&1; then
    echo "prices bench: $SEISMO has no 'prices' command (main.c must reference cli_cmds_prices)" >&2
    exit 1
fi
now() { date +%s.%N; }
rows=$("$BENCH_BIN/bench_prices" gen "$dir/bars.csv" 500 10)
echo "generated $rows bars (500 symbols x 10 years of weekdays), $(du -m "$dir/bars.csv" | cut -f1) MB of CSV"

# cpu FILE: the user + system seconds GNU time wrote into FILE.
cpu() { awk '{ printf "%.2f", $1 + $2 }' "$1"; }

# Each timed run starts with nothing of the run before it still to write:
# the generated CSV, then the shell's 100 MB database, were written back
# while the next one ran.
sync
t0=$(now)
/usr/bin/time -f '%U %S' -o "$dir/shell.cpu" \
    sqlite3 "$dir/shell.db" "PRAGMA journal_mode=WAL" ".mode csv" ".import $dir/bars.csv bars" >/dev/null
t1=$(now)
shell=$(echo "$rows / ($t1 - $t0)" | bc -l)
printf 'sqlite3 shell .import: %.2f s = %.0f rows/s\n' "$(echo "$t1 - $t0" | bc -l)" "$shell"

sync
t0=$(now)
SEISMO_DB="$dir/seismo.db" /usr/bin/time -f '%U %S' -o "$dir/seismo.cpu" \
    "$SEISMO" prices import "$dir/bars.csv" >/dev/null
t1=$(now)
ours=$(echo "$rows / ($t1 - $t0)" | bc -l)
ratio=$(echo "$ours / $shell" | bc -l)
printf 'seismo prices import:  %.2f s = %.0f rows/s (one price_import event, durable, then the prices projection)\n' \
    "$(echo "$t1 - $t0" | bc -l)" "$ours"
printf 'ratio seismo/shell = %.2f (target >= 0.5)\n' "$ratio"
# CPU time moves less than wall time with the other work on a shared machine
# (and with the disk): the same two runs by their CPU seconds.
printf 'CPU: sqlite3 shell %s s, seismo %s s\n' "$(cpu "$dir/shell.cpu")" "$(cpu "$dir/seismo.cpu")"

t0=$(now)
SEISMO_DB="$dir/seismo.db" "$SEISMO" prices import "$dir/bars.csv" >/dev/null
t1=$(now)
printf 'idempotent re-import of the same file: %.2f s (nothing appended)\n' "$(echo "$t1 - $t0" | bc -l)"

bench_row "price import, $rows bars (SQLite)" "$(printf '%.0f rows/s' "$ours")" \
    "$(printf '%.0f rows/s .import' "$shell")" "$(printf '%.3f' "$ratio")" ">= 0.5"
bench_row "price import, $rows bars (SQLite), CPU seconds" "$(cpu "$dir/seismo.cpu") s" \
    "$(cpu "$dir/shell.cpu") s .import" \
    "$(bench_ratio "$(cpu "$dir/shell.cpu")" "$(cpu "$dir/seismo.cpu")")" "-"

# bench_prices exits 2 when the study misses its 100,000 events/s: a result here.
study=$("$BENCH_BIN/bench_prices" study "$dir/seismo.db" 10000) || true
echo "$study"
rate=$(sed -n 's/^study: .* = \([0-9]*\) events\/s.*/\1/p' <<< "$study")
bare=$(sed -n 's/^bare window-sum loop: .* = \([0-9]*\) events\/s.*/\1/p' <<< "$study")
bench_row "event study, 10k events (ratio: rate / 100k ev/s)" "$rate ev/s" "$bare ev/s bare loop" \
    "$(bench_ratio "$rate" 100000)" ">= 1"
