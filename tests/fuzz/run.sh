#!/usr/bin/env bash
# run.sh BINARY SECONDS: replays the kept crash cases of one libFuzzer target
# (fixtures/fuzz/crashes/NAME/), then fuzzes it for SECONDS seconds from its
# seed corpus. A new crash is copied into fixtures/fuzz/crashes/NAME/ (so that
# it becomes a regression case) and fails the run. Prints executions and
# coverage from libFuzzer's last status line.
set -euo pipefail
bin=$1 secs=${2:-30}
name=$(basename "$bin")
name=${name#fuzz_}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
crashes=fixtures/fuzz/crashes/$name
work=build/fuzz/work/$name
mkdir -p "$work/corpus" "$work/artifacts" "$crashes"
case $name in
    extract) seeds=(fixtures/articles/*.txt "${SHARED:-../shared}"/seed/*.txt) ;;
    codec) seeds=() ;;
    http) seeds=(fixtures/fuzz/seeds/http/*) ;;
    args) seeds=(fixtures/fuzz/seeds/args/*) ;;
    *) seeds=() ;;
esac
if [ "$name" = codec ]; then
    # One event per seed file: every line of the NDJSON fixtures, valid and invalid.
    i=0
    for f in fixtures/events/*.ndjson fixtures/events/invalid/*/input.json; do
        [ -f "$f" ] || continue
        while IFS= read -r line; do
            i=$((i + 1)); printf '%s' "$line" > "$work/corpus/seed-$i"
        done < "$f"
    done
fi
for s in "${seeds[@]}"; do [ -f "$s" ] && cp "$s" "$work/corpus/"; done
opts=(-close_fd_mask=3 -max_len=65536 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1)

# 1. Regression cases: each must run clean.
if compgen -G "$crashes/*" >/dev/null; then
    "$bin" "${opts[@]}" "$crashes"/* >"$work/replay.log" 2>&1 || {
        echo "fuzz $name: a kept crash case fails again:"; tail -40 "$work/replay.log"; exit 1; }
    echo "fuzz $name: $(ls "$crashes" | wc -l) kept crash case(s) replayed clean"
fi

# 2. Fuzz.
set +e
"$bin" "${opts[@]}" -max_total_time="$secs" -artifact_prefix="$work/artifacts/" \
    "$work/corpus" >"$work/fuzz.log" 2>&1
rc=$?
set -e
stats=$(grep -E '^#[0-9]+' "$work/fuzz.log" | tail -1 || true)
execs=$(grep -E '^stat::number_of_executed_units' "$work/fuzz.log" | awk '{print $2}' || true)
echo "fuzz $name: ${secs}s, ${execs:-?} executions; last: ${stats:-none}"
if [ $rc -ne 0 ]; then
    for a in "$work"/artifacts/crash-* "$work"/artifacts/leak-* "$work"/artifacts/timeout-* \
             "$work"/artifacts/oom-*; do
        [ -f "$a" ] && cp "$a" "$crashes/" && echo "fuzz $name: kept $crashes/$(basename "$a")"
    done
    echo "fuzz $name: FAILED (exit $rc)"; grep -A30 -m1 -E 'ERROR|fuzz:' "$work/fuzz.log" | head -50
    exit 1
fi
