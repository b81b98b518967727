#!/usr/bin/env bash
# make valgrind: every unit suite (built without ASan) and one daemon session
# (spool file, POSTs, queries, long poll, SIGHUP, SIGTERM) under memcheck. Any error or
# leak (definite, indirect or possible) fails the run.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
SEISMO=${SEISMO:-$top/seismo}
TMP=$(mktemp -d /tmp/seismo-vg.XXXXXX)
DPID=""
trap '[ -n "$DPID" ] && kill -9 "$DPID" 2>/dev/null; rm -rf "$TMP"' EXIT
VG=(valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible
    --errors-for-leak-kinds=definite,indirect,possible --track-origins=yes
    --suppressions="$top/tests/valgrind/seismo.supp")
fail=0

# 1. The unit suites (the fault loop samples every 40th allocation: each run is slow here),
# VG_JOBS at once (default 2); each prints its verdict, and its logs when it fails, as it ends.
vg_one() {
    local t=$1 b
    b=$(basename "$t")
    if FAULTS_STRIDE=40 "${VG[@]}" --log-file="$TMP/$b.vg" "$t" >"$TMP/$b.out" 2>&1; then
        echo "valgrind $b: clean"
    else
        { echo "valgrind $b: FAILED"; tail -30 "$TMP/$b.out"; cat "$TMP/$b.vg"; } > "$TMP/$b.fail"
        cat "$TMP/$b.fail"
    fi
}
export -f vg_one
export TMP
VG_Q=$(printf '%q ' "${VG[@]}")
export VG_Q
# shellcheck disable=SC2016
printf '%s\n' ${VG_TESTS:-} | xargs -r -P "${VG_JOBS:-2}" -I{} bash -c 'eval "VG=($VG_Q)"; vg_one "$1"' _ {}
compgen -G "$TMP/*.fail" >/dev/null && fail=1

# 2. One daemon session.
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
URL=http://127.0.0.1:$PORT
mkdir -p "$TMP/spool"
"${VG[@]}" --log-file="$TMP/vgd.log" "$SEISMO" daemon --db "$TMP/d.db" --spool "$TMP/spool" \
    --listen "127.0.0.1:$PORT" --workers 2 >"$TMP/d.out" 2>&1 &
DPID=$!
for _ in $(seq 1 300); do curl -sf "$URL/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
curl -sf "$URL/healthz" >/dev/null || { echo "valgrind daemon: no answer"; cat "$TMP/d.out" "$TMP/vgd.log"; exit 1; }
cp fixtures/articles/asia-business.txt "$TMP/spool/incoming/.a.tmp" && mv "$TMP/spool/incoming/.a.tmp" "$TMP/spool/incoming/a.txt"
curl -s -o /dev/null -H 'Content-Type: text/plain' --data-binary @fixtures/articles/talks-money.txt "$URL/v1/articles?source=t.txt"
curl -s -o /dev/null -H 'Content-Type: application/x-ndjson' --data-binary @fixtures/events/demo.ndjson "$URL/v1/events"
curl -s -o /dev/null -H 'Content-Type: application/x-ndjson' --data-binary 'not json' "$URL/v1/events"
for _ in $(seq 1 100); do [ -f "$TMP/spool/done/a.txt" ] && break; sleep 0.1; done
for path in /v1/status /metrics "/v1/events?limit=5" "/v1/events?after=100000&wait=1" \
            "/v1/companies/AAPL/timeline?consistent=1" /v1/summary /v1/reactions /v1/report /nope; do
    curl -s -o /dev/null --max-time 30 "$URL$path" || true
done
# Registry reloads on the thread pool (the second SIGHUP most likely comes while the first runs).
kill -HUP "$DPID"; sleep 0.2; kill -HUP "$DPID"
for _ in $(seq 1 300); do [ "$(grep -c 'registry reloaded' "$TMP/d.out")" -ge 2 ] && break; sleep 0.1; done
curl -s -o /dev/null --max-time 30 "$URL/v1/companies/AAPL/timeline" || true
printf 'GET /v1/status HTTP/1.1\r\nHost: x\r\n' | timeout 2 python3 -c '
import socket,sys; s=socket.create_connection(("127.0.0.1",'"$PORT"')); s.sendall(sys.stdin.buffer.read()); s.close()' || true
kill -TERM "$DPID"
set +e; wait "$DPID"; rc=$?; set -e
DPID=""
if [ "$rc" = 0 ] && [ ! -s "$TMP/vgd.log" ]; then
    echo "valgrind daemon session: clean"
else
    echo "valgrind daemon session: FAILED (exit $rc)"; cat "$TMP/vgd.log"; tail -20 "$TMP/d.out"; fail=1
fi
exit $fail
