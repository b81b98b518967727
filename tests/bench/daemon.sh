#!/usr/bin/env bash
# Daemon benchmarks: GET /v1/companies/AAPL/timeline under wrk (4 connections,
# 10 s) beside nginx serving the same JSON bytes as a static file in the same
# run, with the daemon's worst loop stall (timer probe) during it; light
# requests (status, appends) while 16 clients ask for reports of a
# 20,000-event log back to back, beside the same requests on the idle daemon,
# with the 503s and the daemon's memory growth beside one report's bytes. The
# spool is measured beside `seismo ingest` in tests/bench/spool.sh.
set -euo pipefail
. "$(dirname "$0")/lib/table.sh"
need=""
command -v wrk >/dev/null || need="$need wrk"
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need="$need nginx-light"
if [ -n "$need" ]; then
    echo "installing$need for the benchmark"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
dir=$(mktemp -d /tmp/seismo-bench-daemon.XXXXXX)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; sleep 0.3; rm -rf "$dir"' EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
DURATION=${BENCH_SECONDS:-10}

db="$dir/seismo.db"
"$SEISMO" --db "$db" ingest "$SHARED/seed/apple-alibaba-2025-02-12.txt" >/dev/null
P1=$(port); P2=$(port)
"$SEISMO" daemon --db "$db" --listen "127.0.0.1:$P1" 2>"$dir/daemon.log" &
pids+=($!)
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$P1/healthz" >/dev/null && break; sleep 0.1; done
mkdir -p "$dir/www/v1/companies/AAPL"
curl -sf "http://127.0.0.1:$P1/v1/companies/AAPL/timeline" > "$dir/www/v1/companies/AAPL/timeline"
bytes=$(wc -c < "$dir/www/v1/companies/AAPL/timeline")
cat > "$dir/nginx.conf" <<NGX
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/nginx.err;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    client_body_temp_path $dir;
    proxy_temp_path $dir; fastcgi_temp_path $dir; uwsgi_temp_path $dir; scgi_temp_path $dir;
    server { listen 127.0.0.1:$P2; root $dir/www; keepalive_requests 1000000; }
}
NGX
"$NGINX" -c "$dir/nginx.conf" -p "$dir" 2>>"$dir/nginx.err" &
pids+=($!)
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$P2/v1/companies/AAPL/timeline" >/dev/null && break; sleep 0.1; done
run_wrk() { wrk -t2 -c4 -d"${DURATION}s" --latency "$1" > "$2" 2>&1; }
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {print $2}' "$1"; }
run_wrk "http://127.0.0.1:$P1/v1/companies/AAPL/timeline" "$dir/seismo.wrk"
run_wrk "http://127.0.0.1:$P2/v1/companies/AAPL/timeline" "$dir/nginx.wrk"
s=$(rps "$dir/seismo.wrk"); n=$(rps "$dir/nginx.wrk")
echo "GET /v1/companies/AAPL/timeline ($bytes bytes), wrk 4 connections ${DURATION}s:"
printf '  seismo %10s req/s  p99 %s\n' "$s" "$(p99 "$dir/seismo.wrk")"
printf '  nginx  %10s req/s  p99 %s\n' "$n" "$(p99 "$dir/nginx.wrk")"
printf '  ratio seismo/nginx %.2f (target >= 0.5)\n' "$(awk -v a="$s" -v b="$n" 'BEGIN { print a / b }')"
bench_row "daemon GET timeline ($bytes bytes)" "$s req/s" "$n req/s nginx" "$(bench_ratio "$s" "$n")" ">= 0.5"
stall=$(curl -s "http://127.0.0.1:$P1/metrics" | awk '$1 == "seismo_loop_stall_max_seconds" { printf "%.1f", $2 * 1000 }')
echo "  worst loop stall during the run: ${stall} ms (target < 10)"
bench_row "daemon worst loop stall under wrk" "$stall ms" "10 ms (target)" "$(bench_ratio "$stall" 10)" "<= 1"
kill "${pids[@]}" 2>/dev/null || true
wait 2>/dev/null || true
pids=()

# 16 clients asking for reports back to back for BENCH_SECONDS: the latency
# of /v1/status, /healthz and an append while they run, beside the same
# requests on the idle daemon (the baseline), the 503s, the worst loop stall,
# and how much the daemon's peak memory (VmHWM) grew, beside one report's
# bytes (a daemon holding its answers whole would grow by many of them).
REPORT_EVENTS=${BENCH_REPORT_EVENTS:-20000}
rdb="$dir/reports.db"
python3 - "$REPORT_EVENTS" > "$dir/reports.ndjson" <<'PY'
import json, sys
for i in range(int(sys.argv[1])):
    c = "RP%03d" % (i % 200)
    print(json.dumps({"type": "share_move", "occurred_on": "2024-%02d-%02d" % (1 + i % 12, 1 + i % 28),
        "companies": [{"id": c, "name": "Bench %s" % c, "ticker": c, "role": "subject"}],
        "data": {"percent": (i % 17) - 8.5},
        "source": {"name": "bench-%d.txt" % i, "offset": 0, "length": 10,
                   "sentence": "%s shares moved in story %d." % (c, i)}}))
PY
"$SEISMO" --db "$rdb" init >/dev/null
"$SEISMO" --db "$rdb" append "$dir/reports.ndjson" >/dev/null
"$SEISMO" --db "$rdb" rebuild >/dev/null
P4=$(port)
"$SEISMO" daemon --db "$rdb" --listen "127.0.0.1:$P4" 2>"$dir/reports.log" &
rpid=$!; pids+=($rpid)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$P4/healthz" >/dev/null && break; sleep 0.1; done
python3 - "http://127.0.0.1:$P4" "$rpid" "$dir/reports.fig" "$DURATION" <<'PY'
import json, statistics, sys, threading, time, urllib.error, urllib.request
url, pid, dur = sys.argv[1], sys.argv[2], float(sys.argv[4])
def timed(req):
    t0 = time.time()
    n = 0
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            n = len(r.read()); st = r.status
    except urllib.error.HTTPError as e:
        st = e.code
    except OSError:
        st = 0  # timed out or reset: counted, not lost
    return st, (time.time() - t0) * 1000, n
n = [0]
def light():
    n[0] += 1
    ev = json.dumps({"type": "share_move", "occurred_on": "2025-01-02",
        "companies": [{"id": "RP000", "role": "subject"}], "data": {"percent": n[0] / 100},
        "source": {"name": "b.txt", "offset": 0, "length": 1, "sentence": "bench %d" % n[0]}})
    post = urllib.request.Request(url + "/v1/events", data=(ev + "\n").encode(),
                                  headers={"Content-Type": "application/x-ndjson"})
    return [timed(url + "/v1/status")[1], timed(url + "/healthz")[1], timed(post)[1]]
def hwm():
    for line in open("/proc/%s/status" % pid):
        if line.startswith("VmHWM:"): return int(line.split()[1]) / 1024
idle = [light() for _ in range(20)]
st, one, size = timed(url + "/v1/report")
rss0 = hwm()
done, stop = [], [False]
def reports(i):
    k = 0
    while not stop[0]:
        k += 1
        done.append(timed(url + "/v1/report?window=%d" % (1 + (i * 37 + k) % 90)))
threads = [threading.Thread(target=reports, args=(i,)) for i in range(16)]
t0 = time.time()
for t in threads: t.start()
time.sleep(0.3)
busy = []
while time.time() - t0 < dur:
    busy.append(light())
    time.sleep(0.05)
stop[0] = True
for t in threads: t.join(180)
with urllib.request.urlopen(url + "/metrics") as r:
    text = r.read().decode().splitlines()
stall = [float(l.split()[1]) for l in text if l.startswith("seismo_loop_stall_max_seconds ")][0] * 1000
turn = ([float(l.split()[1]) for l in text if l.startswith("seismo_loop_turn_cpu_max_seconds ")]
        or [float("nan")])[0] * 1000
def col(rows, k): return [r[k] for r in rows]
ok = [t for s, t, _ in done if s == 200]
print("16 clients asking for GET /v1/report for %.0f s (one report alone: %.0f ms, %d bytes, HTTP %d):"
      % (dur, one, size, st))
for k, name in enumerate(["GET /v1/status", "GET /healthz", "POST /v1/events"]):
    a, b = col(idle, k), col(busy, k)
    print("  %-16s idle median %6.1f ms max %6.1f | under 16 reports median %6.1f ms max %6.1f (target < 100 ms)"
          % (name, statistics.median(a), max(a), statistics.median(b), max(b)))
n503 = sum(1 for s, _, _ in done if s == 503)
print("  reports: %d answered 200, %d 503, %d other; slowest 200 %.0f ms" % (len(ok), n503,
      len(done) - len(ok) - n503, max(ok) if ok else -1))
grew = hwm() - rss0
print("  worst loop stall %.1f ms (target < 10; the loop's own CPU in its longest turn %.2f ms, the rest"
      " is waiting for a CPU); peak RSS %.0f MB, grew %.1f MB = %.1f answers (target <= 8)"
      % (stall, turn, hwm(), grew, grew * 2**20 / max(size, 1)))
with open(sys.argv[3], "w") as f:
    f.write("%.1f %.1f %.1f %.1f %.0f %.0f %.1f %.1f %d %d %.2f\n" % (max(col(busy, 0)), max(col(idle, 0)),
            max(col(busy, 2)), stall, hwm(), rss0, grew, size / 2**20, n503, len(done), turn))
PY
read -r st_busy st_idle ap_busy rstall rss rss0 grew answer n503 nrep rturn < "$dir/reports.fig"
bench_row "daemon status max, 16 reports running" "$st_busy ms" "100 ms (target; idle $st_idle ms)" "$(bench_ratio "$st_busy" 100)" "<= 1"
bench_row "daemon append max, 16 reports running" "$ap_busy ms" "100 ms (target)" "$(bench_ratio "$ap_busy" 100)" "<= 1"
bench_row "daemon worst loop stall, 16 reports" "$rstall ms" "10 ms (target)" "$(bench_ratio "$rstall" 10)" "<= 1"
bench_row "daemon longest loop turn (its CPU), 16 reports" "$rturn ms" "10 ms" "$(bench_ratio "$rturn" 10)" "-"
bench_row "daemon peak RSS growth, 16 reports (peak $rss MB)" "$grew MB" "one answer $answer MB" "$(bench_ratio "$grew" "$answer")" "<= 8"
bench_row "daemon reports refused (503), 16 clients" "$n503 of $nrep" "-" "-" "-"
kill "$rpid" 2>/dev/null || true
wait "$rpid" 2>/dev/null || true
pids=()

# 100 clients asking for the same report at once (wrk -c100): one computation
# whose chunks the loop writes to every client. The latency of /v1/status and
# the worst loop stall while it runs, and the daemon's peak memory.
P5=$(port)
"$SEISMO" daemon --db "$rdb" --listen "127.0.0.1:$P5" 2>"$dir/shared.log" &
spid=$!; pids+=($spid)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$P5/healthz" >/dev/null && break; sleep 0.1; done
idle_kb=$(awk '/^VmHWM/ { print $2 }' "/proc/$spid/status")
wrk -t2 -c100 -d"${DURATION}s" --timeout 60s "http://127.0.0.1:$P5/v1/report" > "$dir/shared.wrk" 2>&1 &
wpid=$!
smax=0
sleep 0.5
while kill -0 "$wpid" 2>/dev/null; do
    t=$(curl -s -m 30 -o /dev/null -w '%{time_total}' "http://127.0.0.1:$P5/v1/status" || echo 30)
    smax=$(awk -v a="$smax" -v b="$t" 'BEGIN { print (b > a) ? b : a }')
    sleep 0.2
done
wait "$wpid" || true
curl -s "http://127.0.0.1:$P5/metrics" > "$dir/shared.metrics"
sstall=$(awk '$1 == "seismo_loop_stall_max_seconds" { printf "%.1f", $2 * 1000 }' "$dir/shared.metrics")
sturn=$(awk '$1 == "seismo_loop_turn_cpu_max_seconds" { printf "%.2f", $2 * 1000 }' "$dir/shared.metrics")
sturn=${sturn:-nan}
smax_ms=$(awk -v a="$smax" 'BEGIN { printf "%.1f", a * 1000 }')
speak=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$spid/status")
echo "100 clients asking for the same GET /v1/report for ${DURATION}s: $(awk '/requests in/ { print $1, "answered," }' "$dir/shared.wrk") status max ${smax_ms} ms, worst loop stall ${sstall} ms (its longest turn ${sturn} ms of CPU), peak RSS ${speak} MB (idle $((idle_kb / 1024)) MB)"
bench_row "daemon status max, 100 clients sharing a report" "$smax_ms ms" "100 ms (target)" "$(bench_ratio "$smax_ms" 100)" "<= 1"
bench_row "daemon worst loop stall, 100 clients sharing a report" "$sstall ms" "10 ms (target)" "$(bench_ratio "$sstall" 10)" "<= 1"
bench_row "daemon longest loop turn (its CPU), 100 clients sharing a report" "$sturn ms" "10 ms" "$(bench_ratio "$sturn" 10)" "-"
bench_row "daemon peak RSS, 100 clients sharing a report" "$speak MB" "$((idle_kb / 1024)) MB idle" "$(bench_ratio "$speak" $((idle_kb / 1024)))" "-"
kill "$spid" 2>/dev/null || true
wait "$spid" 2>/dev/null || true
pids=()
