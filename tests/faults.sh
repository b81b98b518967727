#!/usr/bin/env bash
# Fault injection at the process level (issue 6): a full disk, corrupted,
# truncated and foreign database files, a read-only database or spool. Each
# must give a clear message and the documented exit status, never a crash
# (the binary is the ASan one under make test, so a crash fails the run).
. "$(dirname "$0")/lib.sh"
ARTS=$(cd "$(dirname "$0")/../fixtures/articles" && pwd)
S=$SEISMO
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
            [ -n "${MNT:-}" ] && umount "$MNT" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT
# no_crash DESCRIPTION: the last command's stderr shows no sanitizer report.
no_crash() { if grep -qE 'AddressSanitizer|runtime error|LeakSanitizer|Segmentation' "$TMP/err"; then
                 bad "$1: crashed: $(head -c 300 "$TMP/err")"; else ok; fi; }
# article N: a new article (unique text) at $TMP/art.txt.
article() { { cat "$ARTS"/*.txt; echo "Reference $1."; } > "$TMP/art.txt"; }

# --- disk full: a 320 KiB tmpfs when we may mount one, else ulimit -f -------------
MNT=$TMP/full
mkdir -p "$MNT"
if mount -t tmpfs -o size=320k tmpfs "$MNT" 2>/dev/null; then how="tmpfs of 320 KiB"
else MNT=""; how="ulimit -f 320"; fi
DB=$TMP/full/full.db
"$S" --db "$DB" init >/dev/null
last=0; got=0
for i in $(seq 1 200); do
    article "$i"
    head_before=$("$S" --db "$DB" status | awk '/^events:/ {print $2}')
    set +e
    if [ -n "$MNT" ]; then "$S" --db "$DB" ingest "$TMP/art.txt" >"$TMP/out" 2>"$TMP/err"
    else (trap '' XFSZ; ulimit -f 320; exec "$S" --db "$DB" ingest "$TMP/art.txt") >"$TMP/out" 2>"$TMP/err"; fi
    got=$?
    set -e
    [ "$got" != 0 ] && break
done
echo "disk full ($how): ingest failed after $i articles with exit $got"
[ "$got" = 74 ] && ok || bad "disk full: exit $got, want 74 ($(head -c 300 "$TMP/err"))"
contains "$TMP/err" "disk full" "disk full: the message says so"
no_crash "disk full ingest"
expect_exit 0 "disk full: the database still verifies" "$S" --db "$DB" verify
head_after=$("$S" --db "$DB" status | awk '/^events:/ {print $2}')
[ "$head_after" = "$head_before" ] && ok || bad "disk full: the failed article left events ($head_before -> $head_after)"
# append (NDJSON) on the full disk: same answer
set +e
if [ -n "$MNT" ]; then "$S" --db "$DB" append < "$(dirname "$0")/../fixtures/events/demo.ndjson" >"$TMP/out" 2>"$TMP/err"
else (trap '' XFSZ; ulimit -f 320; exec "$S" --db "$DB" append < "$(dirname "$0")/../fixtures/events/demo.ndjson") >"$TMP/out" 2>"$TMP/err"; fi
got=$?
set -e
# (the demo events may fit in what is left; when they do not, the answer is 74)
[ "$got" = 0 ] || [ "$got" = 74 ] && ok || bad "disk full append: exit $got ($(head -c 300 "$TMP/err"))"
no_crash "disk full append"
expect_exit 0 "disk full: still verifies after append" "$S" --db "$DB" verify
# Reads on the full disk: the projections cannot catch up (they lag the articles
# ingested above), so each answers from the read models as they are, exit 0,
# and says on stderr that they lag.
lag=$(sqlite3 "$DB" "SELECT (SELECT max(seq) FROM events) - min(last_seq) FROM proj_checkpoints" 2>/dev/null || echo "")
[ -n "$MNT" ] && { dd if=/dev/zero of="$MNT/filler" bs=4k 2>/dev/null || true; }
for cmd in "timeline AAPL" "summary" "report"; do
    set +e
    if [ -n "$MNT" ]; then "$S" --db "$DB" $cmd >"$TMP/out" 2>"$TMP/err"
    else (trap '' XFSZ; ulimit -f "$(( $(stat -c %s "$DB") / 1024 ))"; exec "$S" --db "$DB" $cmd) >"$TMP/out" 2>"$TMP/err"; fi
    got=$?
    set -e
    [ "$got" = 0 ] && ok || bad "disk full: $cmd exits $got, want 0 ($(head -c 300 "$TMP/err"))"
    if [ "${lag:-1}" != 0 ]; then contains "$TMP/err" "lag" "disk full: $cmd says the read models lag"; fi
    no_crash "disk full: $cmd"
done
check "disk full: the report still printed" grep -q '"schema"' "$TMP/out"
if [ -n "$MNT" ]; then umount "$MNT"; MNT=""; fi

# --- bad database files --------------------------------------------------------------
GOOD=$TMP/good.db
"$S" --db "$GOOD" ingest "$ARTS"/*.txt >/dev/null
"$S" --db "$GOOD" status >/dev/null
check "good database has no WAL left after the last close" test ! -s "$GOOD-wal"
size=$(stat -c %s "$GOOD")

# not a database at all: text, zeros, an empty SQLite database of another program
printf 'this is not a database\n%.0s' $(seq 1 200) > "$TMP/text.db"
head -c 65536 /dev/zero > "$TMP/zeros.db"
sqlite3 "$TMP/other.db" "CREATE TABLE t(x); INSERT INTO t VALUES (1);"
for f in text zeros other; do
    for cmd in status verify events; do
        expect_exit 65 "$f.db: $cmd exits 65" "$S" --db "$TMP/$f.db" $cmd
        no_crash "$f.db: $cmd"
    done
    contains "$TMP/err" "$TMP/$f.db" "$f.db: the message names the file"
done
expect_exit 65 "not a database: ingest exits 65" "$S" --db "$TMP/text.db" ingest "$ARTS/asia-business.txt"
contains "$TMP/err" "not a seismo database" "not a database: says so"

# truncated: half the file, and the file cut inside its header
cp "$GOOD" "$TMP/half.db"; truncate -s $((size / 2)) "$TMP/half.db"
cp "$GOOD" "$TMP/head.db"; truncate -s 50 "$TMP/head.db"
for f in half head; do
    for cmd in verify events status; do
        set +e; "$S" --db "$TMP/$f.db" $cmd >"$TMP/out" 2>"$TMP/err"; got=$?; set -e
        if [ "$cmd" = verify ]; then
            [ "$got" = 65 ] && ok || bad "$f.db: verify exits $got, want 65 ($(head -c 200 "$TMP/err"))"
            cat "$TMP/out" "$TMP/err" > "$TMP/both"
            if grep -qiE 'corrupt|malformed|not a seismo|seq [0-9]+|truncated' "$TMP/both"; then ok
            else bad "$f.db: verify does not name what it found: $(head -c 300 "$TMP/both")"; fi
        else
            [ "$got" = 0 ] || [ "$got" = 65 ] && ok || bad "$f.db: $cmd exits $got ($(head -c 200 "$TMP/err"))"
        fi
        no_crash "$f.db: $cmd"
    done
done

# corrupted pages: bytes overwritten in the middle of the file
for off in $((size / 3)) $((size / 2)) $((size * 3 / 4)); do
    cp "$GOOD" "$TMP/bits.db"
    head -c 2048 /dev/urandom | dd of="$TMP/bits.db" bs=1 seek="$off" conv=notrunc status=none
    for cmd in verify events "timeline AAPL" "report"; do
        set +e; "$S" --db "$TMP/bits.db" $cmd >"$TMP/out" 2>"$TMP/err"; got=$?; set -e
        # either the damage is in a page this command does not read (0), or it is named (65)
        [ "$got" = 0 ] || [ "$got" = 65 ] && ok || bad "bits@$off: $cmd exits $got ($(head -c 200 "$TMP/err"))"
        no_crash "bits@$off: $cmd"
    done
done

# a zeroed page: verify checks the file itself and names the table or index
# (PRAGMA quick_check), wherever sqlite3's own check finds damage. The pages
# tried: the root of every table and index the chain walk never reads or reads
# only in part, and every 7th page (event bodies, index leaves, read models).
pages=$(sqlite3 "$GOOD" "PRAGMA page_count")
roots=$(sqlite3 "$GOOD" "SELECT rootpage FROM sqlite_schema WHERE name IN ('sqlite_autoindex_events_1',
    'events_by_date', 'events_by_type', 'event_companies_by_seq', 'companies', 'proj_timeline',
    'proj_timeline_by_company', 'proj_checkpoints') AND rootpage > 1")
zeroed=0
tried=0
for p in $(printf '%s\n' $roots $(seq 7 7 "$pages") | sort -nu); do
    tried=$((tried + 1))
    cp "$GOOD" "$TMP/zero.db"; rm -f "$TMP/zero.db.broken"
    dd if=/dev/zero of="$TMP/zero.db" bs=4096 seek=$((p - 1)) count=1 conv=notrunc status=none
    sqlite3 "$TMP/zero.db" "PRAGMA quick_check" 2>&1 | grep -qx ok && continue
    zeroed=$((zeroed + 1))
    set +e; "$S" --db "$TMP/zero.db" verify >"$TMP/out" 2>"$TMP/err"; got=$?; set -e
    [ "$got" = 65 ] && ok || bad "zeroed page $p: verify exits $got, want 65 ($(head -c 200 "$TMP/out"))"
    if grep -qE "damaged: .*(table|index) [a-z_0-9]+|damaged: .*malformed|not a seismo database \(not SQLite, or corrupt\)" "$TMP/err"; then ok
    else bad "zeroed page $p: verify does not name what is damaged: $(head -c 300 "$TMP/err")"; fi
    no_crash "zeroed page $p: verify"
done
echo "zeroed pages: $zeroed of the $tried tried damaged the file"
[ "$zeroed" -gt 5 ] && ok || bad "zeroed pages: only $zeroed damaged the file"

# once verify has found damage, writes are refused until the database is repaired
# (docs/robustness.md): the page of an index, which ingest does not notice by itself
Z=$TMP/zidx.db
cp "$GOOD" "$Z"
root=$(sqlite3 "$Z" "SELECT rootpage FROM sqlite_schema WHERE name = 'events_by_date'")
dd if=/dev/zero of="$Z" bs=4096 seek=$((root - 1)) count=1 conv=notrunc status=none
head_before=$(sqlite3 "$GOOD" "SELECT max(seq) FROM events")
expect_exit 65 "damaged index: verify exits 65" "$S" --db "$Z" verify
contains "$TMP/err" "events_by_date" "damaged index: verify names the index"
article 900
expect_exit 65 "damaged index: ingest refused after verify" "$S" --db "$Z" ingest "$TMP/art.txt"
contains "$TMP/err" "found damaged" "damaged index: ingest says why"
check "damaged index: ingest did not say appended" bash -c "! grep -q '[1-9][0-9]* appended' '$TMP/out'"
expect_exit 65 "damaged index: append refused after verify" "$S" --db "$Z" append "$(dirname "$0")/../fixtures/events/demo.ndjson"
[ "$(sqlite3 "$Z" "SELECT max(seq) FROM events")" = "$head_before" ] && ok || bad "damaged index: the head moved"
expect_exit 0 "damaged index: timeline still answers" "$S" --db "$Z" timeline AAPL
# the repair the docs give: copy the log out, check the copy, put it in place
rm -f "$TMP/repaired.db"
expect_exit 0 "damaged index: copy the log out" "$S" copy --from "$Z" --to "$TMP/repaired.db"
expect_exit 0 "damaged index: the copy verifies" "$S" --db "$TMP/repaired.db" verify
mv "$TMP/repaired.db" "$Z"; rm -f "$Z-wal" "$Z-shm"
expect_exit 65 "repaired: still refused until verify passes" "$S" --db "$Z" ingest "$TMP/art.txt"
expect_exit 0 "repaired: verify passes" "$S" --db "$Z" verify
check "repaired: the mark is gone" test ! -e "$Z.broken"
expect_exit 0 "repaired: ingest works again" "$S" --db "$Z" ingest "$TMP/art.txt"
# a database from before the head record (schema 4) that a verify marked
# damaged: opened as it is (a migration is a write, and writes are refused),
# so that verify and copy still run; once a verify passes, the next write
# migrates it and its head record names its head (the file made as schema 4
# had it: no head record, the timeline a rowid table with its events' type and
# date beside a unique index)
cp "$GOOD" "$TMP/old.db"
sqlite_schema4 "$TMP/old.db"
echo "chain broken at seq 1: an earlier verify" >"$TMP/old.db.broken"
expect_exit 0 "marked schema-4 database: status reads it" "$S" --db "$TMP/old.db" status
contains "$TMP/out" "schema:    4" "marked schema-4 database: not migrated while marked"
article 901
expect_exit 65 "marked schema-4 database: ingest refused" "$S" --db "$TMP/old.db" ingest "$TMP/art.txt"
expect_exit 0 "marked schema-4 database: verify passes" "$S" --db "$TMP/old.db" verify
expect_exit 0 "marked schema-4 database: ingest after the verify" "$S" --db "$TMP/old.db" ingest "$TMP/art.txt"
[ "$(sqlite3 "$TMP/old.db" "SELECT seq FROM log_head")" = "$(sqlite3 "$TMP/old.db" "SELECT max(seq) FROM events")" ] &&
    ok || bad "marked schema-4 database: the head record does not name the head after the migration"

# a tampered event body (triggers dropped by hand): verify names the seq
cp "$GOOD" "$TMP/tamper.db"
sqlite3 "$TMP/tamper.db" "DROP TRIGGER IF EXISTS events_no_update; UPDATE events SET body = replace(body, 'Tencent', 'Tencant') WHERE seq = 1;" 2>/dev/null || true
if sqlite3 "$TMP/tamper.db" "SELECT count(*) FROM events WHERE body LIKE '%Tencant%'" | grep -q '^[1-9]'; then
    expect_exit 65 "tampered body: verify exits 65" "$S" --db "$TMP/tamper.db" verify
    contains "$TMP/out" "seq 1" "tampered body: verify names seq 1"
fi

# --- read-only database or spool: a clear error at start -----------------------------
# File modes when we are not root; a read-only tmpfs when we are (root writes anyway), sized
# from the good database (it grows with the fixtures ingested) with room for the spool.
RO=$TMP/ro
mkdir -p "$RO"
ro_mode=""
if [ "$(id -u)" != 0 ]; then
    cp "$GOOD" "$RO/ro.db"; mkdir -p "$RO/spool/incoming" "$RO/spool/done" "$RO/spool/rejected"
    chmod 0444 "$RO/ro.db"; chmod 0555 "$RO" "$RO/spool" "$RO/spool/"*; ro_mode="file modes"
elif mount -t tmpfs -o size=$((size / 1024 + 4096))k tmpfs "$RO" 2>/dev/null; then
    MNT=$RO
    cp "$GOOD" "$RO/ro.db"; mkdir -p "$RO/spool/incoming" "$RO/spool/done" "$RO/spool/rejected"
    mount -o remount,ro "$RO" && ro_mode="read-only tmpfs"
fi
if [ -n "$ro_mode" ]; then
    echo "read-only cases: $ro_mode"
    expect_exit 74 "read-only database: ingest exits 74" "$S" --db "$RO/ro.db" ingest "$ARTS/asia-business.txt"
    contains "$TMP/err" "read-only" "read-only database: says so"
    no_crash "read-only ingest"
    expect_exit 74 "read-only database: append exits 74" "$S" --db "$RO/ro.db" append "$(dirname "$0")/../fixtures/events/demo.ndjson"
    no_crash "read-only append"
    # WAL needs ro.db-shm beside the file even to read: reads get the same clear answer
    for cmd in events verify; do
        expect_exit 74 "read-only database: $cmd exits 74" "$S" --db "$RO/ro.db" $cmd
        contains "$TMP/err" "read-only" "read-only database: $cmd says why"
        no_crash "read-only $cmd"
    done
    expect_exit 64 "read-only database: the daemon refuses to start" \
        timeout 10 "$S" daemon --db "$RO/ro.db" --listen 127.0.0.1:0
    contains "$TMP/err" "ro.db" "read-only database: the daemon names it"
    no_crash "daemon on a read-only database"
    cp "$GOOD" "$TMP/rw.db"
    expect_exit 64 "read-only spool: the daemon refuses to start" \
        timeout 10 "$S" daemon --db "$TMP/rw.db" --spool "$RO/spool" --listen 127.0.0.1:0
    contains "$TMP/err" "spool" "read-only spool: the daemon names the spool"
    no_crash "daemon on a read-only spool"
    [ -n "${MNT:-}" ] && { umount "$RO"; MNT=""; }
    [ "$(id -u)" != 0 ] && chmod -R u+w "$RO"
else
    echo "note: read-only cases skipped (root without mount)" >&2
fi
finish
