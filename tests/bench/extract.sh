#!/usr/bin/env bash
# Extraction throughput (MB/s, one thread) over >= 50 MB of Reuters articles, beside
# `wc -w` over the same bytes in the same run (best of 3 each, interleaved, since the
# machine is shared): target ratio >= 0.25. Then one-line articles (no line breaks) of
# 1.6 MB and 10 MB: time must grow linearly with the length of a line.
# Model scoring is part of extract_article: bench_extract loads the built-in model as
# `seismo ingest` does (SEISMO_MODEL=none measures the rules alone).
set -euo pipefail
. "$(dirname "$0")/lib/table.sh"
: "${BENCH_BIN:?}" "${SHARED:?}"
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
python3 "$SHARED/tools/reuters-to-articles" "$t/a" "$SHARED"/corpus/reuters21578/*.sgm > /dev/null
size=$(cat "$t"/a/*.txt | wc -c)
rounds=$(( (50000000 + size - 1) / size ))
# the same bytes for wc: the articles repeated as many rounds
for _ in $(seq "$rounds"); do cat "$t"/a/*.txt; done > "$t/all.txt"
total=$(wc -c < "$t/all.txt")
best_ex=0 best_wc=0
for _ in 1 2 3; do
    out=$("$BENCH_BIN/bench_extract" 50 "$t"/a/*.txt)
    ex=$(sed -n 's/.*= \([0-9.]*\) MB\/s.*/\1/p' <<< "$out")
    s=$(date +%s.%N)
    wc -w < "$t/all.txt" > /dev/null
    e=$(date +%s.%N)
    wcs=$(awk -v b="$total" -v s="$s" -v e="$e" 'BEGIN { printf "%.1f", b / 1e6 / (e - s) }')
    best_ex=$(awk -v a="$best_ex" -v b="$ex" 'BEGIN { print (b > a ? b : a) }')
    best_wc=$(awk -v a="$best_wc" -v b="$wcs" 'BEGIN { print (b > a ? b : a) }')
done
echo "$out"
echo "extract: best of 3 $best_ex MB/s"
echo "wc -w:   $(awk -v b="$total" 'BEGIN { printf "%.1f", b / 1e6 }') MB, best of 3 $best_wc MB/s"
awk -v x="$best_ex" -v w="$best_wc" 'BEGIN { r = x / w; printf "ratio extract / wc -w = %.3f (target >= 0.25: %s)\n", r, (r >= 0.25 ? "met" : "NOT met") }'
bench_row "extraction, Reuters articles" "$best_ex MB/s" "$best_wc MB/s wc -w" "$(bench_ratio "$best_ex" "$best_wc")" ">= 0.25"

# One-line articles: every article of the corpus on one line, cut at 1.6 MB and 10 MB.
for _ in 1 2; do cat "$t"/a/*.txt; done | tr '\n' ' ' > "$t/line.all"
head -c 1600000 "$t/line.all" > "$t/line1.6.txt"
head -c 10000000 "$t/line.all" > "$t/line10.txt"
l1=$("$BENCH_BIN/bench_extract" 0 "$t/line1.6.txt")
l10=$("$BENCH_BIN/bench_extract" 0 "$t/line10.txt")
echo "one line 1.6 MB: $l1"
echo "one line 10 MB:  $l10"
s1=$(sed -n 's/.* in \([0-9.]*\) s.*/\1/p' <<< "$l1")
s10=$(sed -n 's/.* in \([0-9.]*\) s.*/\1/p' <<< "$l10")
awk -v a="$s1" -v b="$s10" 'BEGIN { printf "time 10 MB / 1.6 MB = %.1f (6.25 is linear)\n", b / a }'
bench_row "one-line article, 10 MB / 1.6 MB time" "$s10 s" "$s1 s" \
    "$(awk -v a="$s1" -v b="$s10" 'BEGIN { printf "%.3f", b / a / 6.25 }')" "<= 1.5"
