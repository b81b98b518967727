#!/usr/bin/env bash
# The results table of `make bench`. Sourced by every tests/bench/*.sh:
#
#   bench_row WHAT FIGURE BASELINE RATIO TARGET
#
# records one figure beside its same-run baseline: RATIO is a number, TARGET
# ">= 0.3", "<= 1.2" or "-" (no target: reported only). Rows go to the file
# named by $BENCH_TABLE (tab-separated; nowhere when it is unset) and are
# echoed to stdout. `bash tests/bench/lib/table.sh print FILE` prints them as
# one table, marking every ratio that misses its target; a script that ended
# early is named there too. The table never fails the run: a miss is a result.

bench_row() {
    local what=$1 figure=$2 base=$3 ratio=$4 target=$5
    printf '  -> %s: %s vs %s, ratio %s (target %s)\n' "$what" "$figure" "$base" "$ratio" "$target"
    if [ -n "${BENCH_TABLE:-}" ]; then
        printf '%s\t%s\t%s\t%s\t%s\n' "$what" "$figure" "$base" "$ratio" "$target" >> "$BENCH_TABLE"
    fi
}

# bench_ratio A B: A / B with three decimals ("nan" when B is 0 or empty).
bench_ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "nan"; else printf "%.3f\n", a / b }'
}

bench_table_print() {
    local file=$1
    [ -s "$file" ] || { echo "make bench: no figures recorded"; return 0; }
    awk -F '\t' '
        function miss(r, t,   op, v) {
            if (t == "-" || t == "") return 0
            if (r == "" || r == "nan" || r == "failed") return 1
            op = substr(t, 1, 2); v = substr(t, 4) + 0
            if (op == ">=") return !(r + 0 >= v)
            if (op == "<=") return !(r + 0 <= v)
            return 0
        }
        { w[NR] = $1; f[NR] = $2; b[NR] = $3; r[NR] = $4; t[NR] = $5
          m[NR] = miss($4, $5) ? "MISS" : ($5 == "-" || $5 == "" ? "" : "ok")
          for (i = 1; i <= 5; i++) if (length($i) > wid[i]) wid[i] = length($i) }
        END {
            h[1] = "what"; h[2] = "seismo"; h[3] = "baseline"; h[4] = "ratio"; h[5] = "target"
            for (i = 1; i <= 5; i++) if (length(h[i]) > wid[i]) wid[i] = length(h[i])
            fmt = "%-" wid[1] "s  %" wid[2] "s  %" wid[3] "s  %" wid[4] "s  %-" wid[5] "s  %s\n"
            print ""
            printf fmt, h[1], h[2], h[3], h[4], h[5], ""
            for (k = 1; k <= NR; k++) { printf fmt, w[k], f[k], b[k], r[k], t[k], m[k]; if (m[k] == "MISS") misses++ }
            printf "\n%d figures, %d below target (marked MISS)\n", NR, misses
        }' "$file"
}

if [ "${1:-}" = print ]; then bench_table_print "$2"; fi
