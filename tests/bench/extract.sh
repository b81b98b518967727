#!/usr/bin/env bash
# Extraction throughput (MB/s, one thread) over >= 50 MB of Reuters articles, beside
# `wc -w` over the same bytes in the same run. Target: >= 20 MB/s.
set -euo pipefail
: "${BENCH_BIN:?}" "${SHARED:?}"
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
python3 "$SHARED/tools/reuters-to-articles" "$t/a" "$SHARED"/corpus/reuters21578/*.sgm > /dev/null
size=$(cat "$t"/a/*.txt | wc -c)
rounds=$(( (50000000 + size - 1) / size ))
# the same bytes for wc: the articles repeated as many rounds
for _ in $(seq "$rounds"); do cat "$t"/a/*.txt; done > "$t/all.txt"
total=$(wc -c < "$t/all.txt")
out=$("$BENCH_BIN/bench_extract" 50 "$t"/a/*.txt)
echo "$out"
ex=$(sed -n 's/.*= \([0-9.]*\) MB\/s.*/\1/p' <<< "$out")
s=$(date +%s.%N)
wc -w < "$t/all.txt" > /dev/null
e=$(date +%s.%N)
wcs=$(awk -v b="$total" -v s="$s" -v e="$e" 'BEGIN { printf "%.1f", b / 1e6 / (e - s) }')
echo "wc -w:   $(awk -v b="$total" 'BEGIN { printf "%.1f", b / 1e6 }') MB at $wcs MB/s"
awk -v x="$ex" -v w="$wcs" 'BEGIN { printf "ratio extract / wc -w = %.3f (target: extract >= 20 MB/s: %s)\n", x / w, (x >= 20 ? "met" : "NOT met") }'
