#!/usr/bin/env bash
# Scale-out on PostgreSQL: the same 5,000 articles ingested through the spool by
# one node, then by two nodes (half each) on a fresh database of the same
# cluster, in the same run. The figure is the ratio of the two rates (this
# machine has 2 cores: more nodes show nothing more). Also: appends/s at which
# the one append lock saturates, from several CLI appenders at once.
set -euo pipefail
. "$(dirname "$0")/lib/table.sh"
here=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d /tmp/seismo-bench-nodes.XXXXXX)
pgdir=$(mktemp -d /tmp/seismo-bench-nodes-pg.XXXXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; sleep 0.3; bash "$here/pg/cluster.sh" stop "$pgdir"; rm -rf "$dir"' EXIT
pgenv=$(bash "$here/pg/cluster.sh" start "$pgdir")
eval "$pgenv"
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
N=${BENCH_ARTICLES:-5000}
mkdir -p "$dir/stage"
python3 - "$dir/stage" "$N" <<'PY'
import os, sys
out, n = sys.argv[1], int(sys.argv[2])
cos = ["Apple", "Alibaba", "Nvidia", "Intel", "Microsoft", "Amazon", "Tesla", "Baidu", "Meta", "Samsung"]
for i in range(n):
    a, b = cos[i % 10], cos[(i * 7 + 3) % 10]
    d = 1 + i % 28
    text = (f"Date: February {d}, 2025\n{a} and {b} announce a partnership, story {i}\n"
            f"{a} and {b} said on Tuesday they would work together on chips. "
            f"{a}'s shares rose {1 + i % 9}.{i % 10}% while {b} shares fell {i % 5}.{i % 7}%.\n")
    with open(os.path.join(out, f"a{i:05d}.txt"), "w") as f:
        f.write(text)
PY

# run NODES DB: ingests the staged articles split over NODES daemons; prints articles/s.
run() {
    local nodes=$1 db=$2 i k start end deadline
    psql -X -q "$SEISMO_TEST_PG_BASE/postgres" -c "CREATE DATABASE $db" >/dev/null
    "$SEISMO" --db "$SEISMO_TEST_PG_BASE/$db" init >/dev/null
    for i in $(seq 1 "$nodes"); do
        mkdir -p "$dir/$db-$i/incoming" "$dir/$db-$i/stage"
        local p
        p=$(port)
        "$SEISMO" daemon --db "$SEISMO_TEST_PG_BASE/$db" --spool "$dir/$db-$i" --listen "127.0.0.1:$p" 2>"$dir/$db-$i.log" &
        pids+=($!)
        for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$p/healthz" >/dev/null && break; sleep 0.1; done
    done
    python3 - "$dir/stage" "$dir/$db" "$nodes" <<'PY'
import os, shutil, sys
src, dst, nodes = sys.argv[1], sys.argv[2], int(sys.argv[3])
for k, name in enumerate(sorted(f for f in os.listdir(src) if f.endswith(".txt"))):
    shutil.copy(os.path.join(src, name), "%s-%d/stage/%s" % (dst, k % nodes + 1, name))
PY
    start=$(date +%s.%N)
    for i in $(seq 1 "$nodes"); do
        mv "$dir/$db-$i/stage"/*.txt "$dir/$db-$i/incoming/"
    done
    deadline=$(($(date +%s) + 900))
    while [ "$(find "$dir"/"$db"-*/done -type f 2>/dev/null | wc -l)" -lt "$N" ]; do
        [ "$(date +%s)" -lt "$deadline" ] || { echo "timed out" >&2; exit 1; }
        sleep 0.2
    done
    end=$(date +%s.%N)
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    pids=()
    events=$(psql -X -At "$SEISMO_TEST_PG_BASE/$db" -c "SELECT count(*) FROM events")
    "$SEISMO" --db "$SEISMO_TEST_PG_BASE/$db" verify >/dev/null
    awk -v n="$N" -v a="$start" -v b="$end" -v ev="$events" -v nodes="$nodes" \
        'BEGIN { printf "  %d node(s): %d articles in %.1f s, %.0f articles/s (%d events, verify ok)\n", nodes, n, b - a, n / (b - a), ev > "/dev/stderr"; printf "%.3f\n", n / (b - a) }'
}
echo "Spool ingest of the same $N articles on one PostgreSQL (fsync on):"
r1=$(run 1 nodes_one)
r2=$(run 2 nodes_two)
awk -v a="$r1" -v b="$r2" 'BEGIN { printf "  ratio two nodes / one node: %.2f\n", b / a }'
bench_row "spool ingest on PostgreSQL, two nodes" "$(printf '%.0f art/s' "$r2")" "$(printf '%.0f art/s one node' "$r1")" "$(bench_ratio "$r2" "$r1")" "-"

# The append lock at saturation: 4 CLI appenders of 100-event batches at once.
psql -X -q "$SEISMO_TEST_PG_BASE/postgres" -c "CREATE DATABASE sat" >/dev/null
SAT="$SEISMO_TEST_PG_BASE/sat"
"$SEISMO" --db "$SAT" init >/dev/null
for p in 1 2 3 4; do
    for b in $(seq 1 25); do
        python3 -c "
import sys
p, b = int(sys.argv[1]), int(sys.argv[2])
for i in range(100):
    print('{\"type\":\"share_move\",\"occurred_on\":\"2025-01-%02d\",\"companies\":[{\"id\":\"C%d\"}],\"data\":{\"percent\":%d.%d}}' % (1 + i % 28, p, b, i))
" "$p" "$b" > "$dir/sat-$p-$b.ndjson"
    done
done
start=$(date +%s.%N)
for p in 1 2 3 4; do
    ( for b in $(seq 1 25); do "$SEISMO" --db "$SAT" append "$dir/sat-$p-$b.ndjson" >/dev/null; done ) &
done
wait
end=$(date +%s.%N)
n=$(psql -X -At "$SAT" -c "SELECT count(*) FROM events")
awk -v n="$n" -v a="$start" -v b="$end" 'BEGIN { printf "Append lock at saturation: 4 appenders, %d events in batches of 100: %.0f appends/s\n", n, n / (b - a) }'
