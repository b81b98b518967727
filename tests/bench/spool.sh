#!/usr/bin/env bash
# Spool ingest beside `seismo ingest` of the same articles, in the same run
# (issue 12 target: the spool at least 0.8 of the CLI). N distinct articles are
# written once; the baseline ingests them in one `seismo ingest` call into a
# fresh database; the daemon (spool only) gets them moved into incoming/ at
# once, timed until every one is in done/. Same durability (full) both ways.
set -euo pipefail
N=${BENCH_ARTICLES:-5000}
dir=$(mktemp -d /tmp/seismo-bench-spool.XXXXXX)
dpid=
trap '[ -n "$dpid" ] && kill "$dpid" 2>/dev/null; sleep 0.3; rm -rf "$dir"' EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
mkdir -p "$dir/stage" "$dir/spool/incoming"
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
# Baseline: one `seismo ingest` of every article.
"$SEISMO" --db "$dir/cli.db" init >/dev/null
t0=$(now)
(cd "$dir/stage" && "$SEISMO" --db "$dir/cli.db" ingest a*.txt >/dev/null)
t1=$(now)
# The spool: a daemon watching incoming/, the files moved in at once.
"$SEISMO" --db "$dir/spool.db" init >/dev/null
P=$(port)
"$SEISMO" daemon --db "$dir/spool.db" --spool "$dir/spool" --listen "127.0.0.1:$P" 2>"$dir/spool.log" &
dpid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$P/healthz" >/dev/null && break; sleep 0.1; done
t2=$(now)
find "$dir/stage" -name '*.txt' -exec mv -t "$dir/spool/incoming/" {} +
deadline=$((SECONDS + 600))
while [ "$(find "$dir/spool/done" -type f | wc -l)" -lt "$N" ] && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
t3=$(now)
ev_cli=$(sqlite3 "$dir/cli.db" "SELECT count(*) FROM events")
ev_spool=$(sqlite3 "$dir/spool.db" "SELECT count(*) FROM events")
awk -v n="$N" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v e1="$ev_cli" -v e2="$ev_spool" 'BEGIN {
    cli = n / (b - a); sp = n / (d - c)
    printf "seismo ingest of %d articles: %.1f s, %.0f articles/s (%d events)\n", n, b - a, cli, e1
    printf "spool ingest of the same:     %.1f s, %.0f articles/s (%d events)\n", d - c, sp, e2
    printf "  ratio spool/ingest %.2f (target >= 0.8)%s\n", sp / cli, ((sp / cli >= 0.8) ? "" : "  MISSED")
}'
