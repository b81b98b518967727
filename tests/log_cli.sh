#!/usr/bin/env bash
# The event log through the command line: appends, idempotency, errors and
# exit codes, tamper detection, and concurrent appenders. The same checks run
# on each engine: SQLite (a file, the default) and PostgreSQL
# (SEISMO_ENGINE=postgresql, tests/log_cli_pg.sh), so that a guarantee
# cannot hold on one and not the other.
. "$(dirname "$0")/lib.sh"

# clone_store LOCATION NAME: prints the location of a copy of the store.
clone_store() {
    if [ "$ENGINE" = postgresql ]; then pg_clone "$1" "$2"; else cp "$1" "$TMP/$2.db" && echo "$TMP/$2.db"; fi
}
# tamper LOCATION SQL: runs SQL with the append-only triggers out of the way, as an attacker would.
tamper() {
    if [ "$ENGINE" = postgresql ]; then
        pg_sql "$1" "ALTER TABLE events DISABLE TRIGGER USER; ALTER TABLE event_companies DISABLE TRIGGER USER; $2"
    else
        sqlite3 "$1" "DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;
            DROP TRIGGER event_companies_no_update; DROP TRIGGER event_companies_no_delete; $2"
    fi
}
# rowsum LOCATION: a summary of the log's rows and its company index, to show them untouched.
rowsum() {
    sql "$1" "SELECT count(*), coalesce(min(seq), 0), coalesce(max(seq), 0), coalesce(sum(length(body) + length(hash)), 0),
        (SELECT count(*) FROM event_companies) FROM events"
}
# json_bad FILE SEQ DESCRIPTION: FILE is verify's JSON with ok false and bad_seq SEQ.
json_bad() {
    python3 -c "import json,sys; d=json.load(open('$1')); assert d['ok'] is False and d['bad_seq']==$2 and d['problem'], d" \
        && ok || bad "$3: JSON verify: want ok false, bad_seq $2 ($(head -c 300 "$1"))"
}
# digest LOCATION: what the store holds, to show that it was left untouched.
digest() { if [ "$ENGINE" = postgresql ]; then pg_digest "$1"; else sha256sum < "$1"; fi; }
export SEISMO_DB=$(new_store main)

ev() { # ev COMPANY PERCENT DATE
    printf '{"type":"share_move","occurred_on":"%s","companies":[{"id":"%s"}],"data":{"percent":%s}}\n' "$3" "$1" "$2"
}

# --- every command has --help; unknown ones are usage errors
for c in init append events verify status; do
    expect_exit 0 "$c --help" "$SEISMO" "$c" --help
    contains "$TMP/out" "usage: seismo" "$c --help prints usage"
done
expect_exit 64 "unknown command" "$SEISMO" frobnicate
expect_exit 64 "bad global option" "$SEISMO" --nope status
expect_exit 64 "bad durability" "$SEISMO" --durability fast status
expect_exit 0 "--version" "$SEISMO" --version
contains "$TMP/out" "seismo " "--version prints the version"

# --- a missing database is not created by read commands
expect_exit 66 "status on a missing database" "$SEISMO" status
contains "$TMP/err" "seismo init" "missing database message names init"

# --- a libpq URI or keyword string selects PostgreSQL, never a file of that name;
# with no server there (or no PostgreSQL in this build) it is unavailable: 69
(
    cd "$TMP"
    expect_exit 69 "--db postgresql:// URI, no server" "$SEISMO" --db postgresql://nobody@127.0.0.1:1/none status
    expect_exit 69 "SEISMO_DB keyword string, no server" env SEISMO_DB="host=127.0.0.1 port=1 dbname=none" "$SEISMO" init
    expect_exit 69 "postgres:// URI on append, no server" "$SEISMO" --db postgres://127.0.0.1:1/x append /dev/null
    check "no file is made for a PostgreSQL location" test -z "$(ls "$TMP" | grep -v -e '^out$' -e '^err$')"
    echo "$passed $failed" >"$TMP/counts"
)
read -r passed failed <"$TMP/counts"
contains "$TMP/err" "PostgreSQL" "the refusal names PostgreSQL"
expect_exit 0 "init" "$SEISMO" init
expect_exit 0 "init again (idempotent)" "$SEISMO" init

# --- append, idempotency
{ ev AAPL 1.5 2025-02-12; ev BABA 2.6 2025-02-12; ev AAPL -0.7 2025-02-13; } > "$TMP/a.ndjson"
expect_exit 0 "append" "$SEISMO" append "$TMP/a.ndjson"
contains "$TMP/out" "3 appended, 0 already present" "first append"
expect_exit 0 "re-append" "$SEISMO" append "$TMP/a.ndjson"
contains "$TMP/out" "0 appended, 3 already present" "re-append reports present"
expect_exit 0 "append from stdin" sh -c "ev() { :; }; '$SEISMO' append - < '$TMP/a.ndjson'"
contains "$TMP/out" "0 appended, 3 already present" "stdin append"

# --- a malformed line: line and column, nothing of the input appended, exit 65
{ ev INTC 3 2025-03-01; echo '{"type":"share_move", "companies": [}'; } > "$TMP/bad.ndjson"
expect_exit 65 "malformed line" "$SEISMO" append "$TMP/bad.ndjson"
contains "$TMP/err" "bad.ndjson:2:" "error names line 2"
expect_exit 0 "events after bad append" "$SEISMO" events --company INTC --format ndjson
[ ! -s "$TMP/out" ] && ok || bad "nothing of the bad input may be appended"
{ ev INTC 3 2025-03-01; ev NVDA 1 2025-02-30; } > "$TMP/bad2.ndjson"
expect_exit 65 "invalid date" "$SEISMO" append "$TMP/bad2.ndjson"
contains "$TMP/err" "bad2.ndjson:2: occurred_on" "error names line 2 and the field"
expect_exit 66 "append of a missing file" "$SEISMO" append "$TMP/none.ndjson"
expect_exit 64 "append of two files" "$SEISMO" append a b

# --- expected head
ev META 4 2025-04-01 > "$TMP/m.ndjson"
expect_exit 75 "expected head conflict" "$SEISMO" append --expect-head 1 "$TMP/m.ndjson"
contains "$TMP/err" "head is at seq 3" "conflict names the head"
expect_exit 0 "expected head ok" "$SEISMO" append --expect-head 3 "$TMP/m.ndjson"

# --- events: filters and formats
expect_exit 0 "events table" "$SEISMO" events --company aapl
contains "$TMP/out" "+1.50%" "table shows signed percent"
contains "$TMP/out" "-0.70%" "table shows negative percent"
expect_exit 0 "events json" "$SEISMO" events --format json --type share_move --since 2025-02-13
python3 -c "import json,sys; d=json.load(open('$TMP/out')); assert len(d)==2, d; assert all(e['occurred_on']>='2025-02-13' for e in d)" && ok || bad "events --format json is a JSON array"
expect_exit 0 "events ndjson" "$SEISMO" events --format ndjson --after 1 --limit 1
[ "$(wc -l < "$TMP/out")" = 1 ] && ok || bad "--after/--limit"
contains "$TMP/out" '"seq":2' "--after 1 starts at seq 2"
expect_exit 64 "--after out of range" "$SEISMO" events --after 99999999999999999999
expect_exit 64 "--limit out of range" "$SEISMO" events --limit 99999999999999999999
expect_exit 64 "bad --format" "$SEISMO" events --format xml
contains "$TMP/err" "'xml' is not one of table, json, ndjson" "bad --format names the formats allowed"
expect_exit 64 "bad --since" "$SEISMO" events --since 2025-13-01
expect_exit 64 "bad --type" "$SEISMO" events --type merger

# --- status and verify
expect_exit 0 "status" "$SEISMO" status
contains "$TMP/out" "events:    4" "status counts events"
expect_exit 0 "verify" "$SEISMO" verify
contains "$TMP/out" "head seq 4" "verify prints the head"

# --- tampering: change a row with the engine's shell after getting the trigger out of the way
t1=$(clone_store "$SEISMO_DB" tamper)
tamper "$t1" "UPDATE events SET body = replace(body, '2.6', '9.6') WHERE seq = 2;"
expect_exit 65 "verify a tampered log" "$SEISMO" --db "$t1" verify
contains "$TMP/err" "seq 2" "verify names the tampered seq"
t2=$(clone_store "$SEISMO_DB" tamper2)
tamper "$t2" "UPDATE events SET type = 'partnership' WHERE seq = 3;"
expect_exit 65 "verify a tampered column" "$SEISMO" --db "$t2" verify
contains "$TMP/err" "seq 3" "verify names the tampered column's seq"
t3=$(clone_store "$SEISMO_DB" tamper3)
tamper "$t3" "DELETE FROM events WHERE seq = 2;"
expect_exit 65 "verify a log with a gap" "$SEISMO" --db "$t3" verify
contains "$TMP/err" "seq 2" "verify names the missing seq"
# company index rows naming no event: past the head, and below the first seq
for o in 99 -1; do
    t4=$(clone_store "$SEISMO_DB" "orphan${o#-}")
    sql "$t4" "INSERT INTO event_companies (company, seq, role) VALUES ('ZZZ', $o, 'subject');"
    expect_exit 65 "verify an index row without its event (seq $o)" "$SEISMO" --db "$t4" verify
    contains "$TMP/err" "seq $o: company index names an event that is not in the log" \
        "verify names the orphan index row (seq $o)"
done
# a body rewritten in forms event_canon() never writes (an integer with a
# decimal point, a number with an exponent, a space), its hash recomputed as a
# forger would: verify still finds that the body is not canonical
last=$(sql "$SEISMO_DB" "SELECT max(seq) FROM events")
prev=$(sql "$SEISMO_DB" "SELECT prev_hash FROM events WHERE seq = $last")
body=$(sql "$SEISMO_DB" "SELECT body FROM events WHERE seq = $last")
i=0
for edit in 's/"schema":1,/"schema":1.0,/' 's/"percent":\([-0-9.]*\)/"percent":\1e0/' \
    's/"schema":1,/"schema": 1,/'; do
    i=$((i + 1))
    forged=$(printf '%s' "$body" | sed "$edit")
    [ "$forged" != "$body" ] && ok || bad "forged body $i: the edit changed nothing"
    hash=$(printf '%s%s' "$prev" "$forged" | sha256sum | cut -d' ' -f1)
    t5=$(clone_store "$SEISMO_DB" "forged$i")
    tamper "$t5" "UPDATE events SET body = '$forged', hash = '$hash' WHERE seq = $last;"
    expect_exit 65 "verify a forged non-canonical body ($i)" "$SEISMO" --db "$t5" verify
    contains "$TMP/err" "seq $last: body is not in canonical form" "verify names the forged body ($i)"
done
# --- issue 15: a tail deleted together with its company index rows leaves a
# shorter chain, sound by itself: the head record written with each append
# still names the old head. An append refuses to chain onto it, and verify
# names it (exit 65, bad_seq the first missing seq), the rows left as they were.
ARTS=$(cd "$(dirname "$0")/../fixtures/articles" && pwd)
ev AMD 1.1 2025-03-01 > "$TMP/more.ndjson"
t6=$(clone_store "$SEISMO_DB" tail)
tamper "$t6" "DELETE FROM events WHERE seq >= 3; DELETE FROM event_companies WHERE seq >= 3;"
before=$(rowsum "$t6")
expect_exit 65 "append onto a deleted tail" "$SEISMO" --db "$t6" append "$TMP/more.ndjson"
contains "$TMP/err" "the log ends at seq 2 but the head record written with each append recorded seq 4" \
    "append names the deleted tail"
expect_exit 65 "verify a log whose tail was deleted with its index rows" "$SEISMO" --db "$t6" verify
contains "$TMP/err" "verify failed at seq 3: the log ends at seq 2 but the head record written with each append recorded seq 4" \
    "verify names the deleted tail"
expect_exit 65 "verify --format json, deleted tail" "$SEISMO" --db "$t6" verify --format json
json_bad "$TMP/out" 3 "deleted tail"
[ "$(rowsum "$t6")" = "$before" ] && ok || bad "deleted tail: the rows changed ($before, now $(rowsum "$t6"))"
# the record only moves forward and stays: the database refuses moving it back or removing it
for edit in "UPDATE log_head SET seq = 1" "DELETE FROM log_head"; do
    set +e; sql "$SEISMO_DB" "$edit" >/dev/null 2>&1; rc=$?; set -e
    [ $rc -ne 0 ] && ok || bad "$edit must be refused by the database"
done
# a log from before the head record gets one from its head as it stands
t9=$(clone_store "$SEISMO_DB" oldlog)
if [ "$ENGINE" = postgresql ]; then
    sql "$t9" "DROP TABLE IF EXISTS log_head; DROP FUNCTION IF EXISTS seismo_head_forward(); UPDATE seismo_schema SET version = 3" >/dev/null
else
    sqlite_schema4 "$t9"
fi
expect_exit 0 "a log from before the head record: status migrates it" "$SEISMO" --db "$t9" status
[ "$(sql "$t9" "SELECT seq FROM log_head")" = 4 ] && ok || bad "the migration records the head as it stands"
expect_exit 0 "a log from before the head record: verify" "$SEISMO" --db "$t9" verify
expect_exit 0 "a log from before the head record: append" "$SEISMO" --db "$t9" append "$TMP/more.ndjson"
[ "$(sql "$t9" "SELECT seq FROM log_head")" = 5 ] && ok || bad "the append moves the head record"

# --- issue 15: a row forged at seq 0 or below is read by verify too
for s in 0 -3; do
    t7=$(clone_store "$SEISMO_DB" "below${s#-}")
    sql "$t7" "INSERT INTO events (seq, id, type, occurred_on, recorded_at, body, prev_hash, hash)
        SELECT $s, 'forged$s', type, occurred_on, recorded_at, body, prev_hash, hash FROM events WHERE seq = 1;"
    before=$(rowsum "$t7")
    expect_exit 65 "verify a row forged at seq $s" "$SEISMO" --db "$t7" verify
    contains "$TMP/err" "verify failed at seq $s: a row is stored at seq $s, but seqs start at 1" \
        "verify names the row at seq $s"
    expect_exit 65 "verify --format json, a row at seq $s" "$SEISMO" --db "$t7" verify --format json
    json_bad "$TMP/out" "$s" "a row at seq $s"
    [ "$(rowsum "$t7")" = "$before" ] && ok || bad "a row at seq $s: the rows changed"
done

# --- issue 15: an append checks the head row it chains onto (its hash
# recomputed from its prev_hash and body): an edited head is refused, exit 65,
# by append, ingest and the daemon's POST /v1/events, before any verify ran
i=0
for edit in "body = body || ' '" "hash = prev_hash"; do
    i=$((i + 1))
    t8=$(clone_store "$SEISMO_DB" "headedit$i")
    tamper "$t8" "UPDATE events SET $edit WHERE seq = 4;"
    before=$(rowsum "$t8")
    expect_exit 65 "append onto an edited head ($edit)" "$SEISMO" --db "$t8" append "$TMP/more.ndjson"
    contains "$TMP/err" "the head of the log, seq 4, does not match its content" "append names the edited head ($edit)"
    expect_exit 65 "ingest onto an edited head ($edit)" "$SEISMO" --db "$t8" ingest "$ARTS/asia-business.txt"
    contains "$TMP/err" "the head of the log, seq 4, does not match its content" "ingest names the edited head ($edit)"
    check "ingest onto an edited head did not say appended ($edit)" bash -c "! grep -q '[1-9][0-9]* appended' '$TMP/out'"
    [ "$(rowsum "$t8")" = "$before" ] && ok || bad "an edited head ($edit): something was appended"
done
daemon_script
if daemon_start "$TMP/daemon.log" --db "$t8"; then
    ok
    got=$(curl -s -o "$TMP/body" -w '%{http_code}' -X POST "$URL/v1/events" \
        -H 'Content-Type: application/x-ndjson' --data-binary @"$TMP/more.ndjson") || got=000
    [ "$got" = 500 ] && ok || bad "daemon: POST /v1/events onto an edited head: HTTP $got, want 500"
    contains "$TMP/body" "corrupt_database" "daemon: the refusal has its error code"
    contains "$TMP/body" "the head of the log, seq 4, does not match its content" "daemon: the refusal says why"
    stop_pid "$DPID" 20 || true
    DPID=
else
    bad "daemon: did not start on a log with an edited head ($(tail -c 300 "$TMP/daemon.log"))"
fi
[ "$(rowsum "$t8")" = "$before" ] && ok || bad "daemon: something was appended onto an edited head"

# the triggers refuse edits through the shell too
for edit in "DELETE FROM events" "UPDATE events SET type = 'x'" "DELETE FROM event_companies"; do
    set +e; sql "$SEISMO_DB" "$edit" >/dev/null 2>&1; rc=$?; set -e
    [ $rc -ne 0 ] && ok || bad "$edit must be refused by the database"
done
expect_exit 0 "verify after refused edits" "$SEISMO" verify
contains "$TMP/out" "4 events verified" "refused edits changed nothing"

# --- a newer database and a foreign one: exit 65, untouched
newer=$(new_store newer)
if [ "$ENGINE" = postgresql ]; then
    sql "$newer" "CREATE TABLE seismo_schema (version integer NOT NULL, app text NOT NULL DEFAULT 'seismo'); INSERT INTO seismo_schema (version) VALUES (999); CREATE TABLE t (x integer);"
else
    sqlite3 "$newer" "CREATE TABLE t(x); PRAGMA user_version = 999;"
fi
sum=$(digest "$newer")
expect_exit 65 "newer database" "$SEISMO" --db "$newer" status
contains "$TMP/err" "newer" "newer database message"
expect_exit 65 "newer database, init" "$SEISMO" --db "$newer" init
[ "$(digest "$newer")" = "$sum" ] && ok || bad "newer database must be untouched"
if [ "$ENGINE" = postgresql ]; then
    junk=$(new_store junk)
    sql "$junk" "CREATE TABLE events (x integer)"
    expect_exit 65 "a database of another application" "$SEISMO" --db "$junk" init
    # A server that cannot be reached: the engine is unavailable for now (69), nothing hangs.
    expect_exit 69 "unreachable server" timeout 30 "$SEISMO" --db "postgresql://postgres@127.0.0.1:1/none?connect_timeout=5" status
    contains "$TMP/err" "PostgreSQL" "unreachable server message names PostgreSQL"
    expect_exit 64 "malformed URI" "$SEISMO" --db "postgresql://a@b:c:d/x?nope=1" status
else
    head -c 4096 /dev/urandom > "$TMP/junk.db"
    expect_exit 65 "not a database" "$SEISMO" --db "$TMP/junk.db" status
fi

# --- four processes appending 1,000 events each at once
export SEISMO_DB=$(new_store conc)
"$SEISMO" init >/dev/null
for p in 1 2 3 4; do
    for b in $(seq 1 50); do
        : > "$TMP/p$p-$b.ndjson"
        for i in $(seq 1 20); do ev "C$p" "$((b * 100 + i))" 2025-01-01 >> "$TMP/p$p-$b.ndjson"; done
    done
done
for p in 1 2 3 4; do
    ( for b in $(seq 1 50); do "$SEISMO" append "$TMP/p$p-$b.ndjson" >/dev/null || exit 1; done ) &
done
fails=0
for j in $(jobs -p); do wait "$j" || fails=$((fails + 1)); done
[ $fails -eq 0 ] && ok || bad "$fails concurrent appenders failed"
n=$(sql "$SEISMO_DB" "SELECT count(*), min(seq), max(seq), count(DISTINCT seq) FROM events")
[ "$n" = "4000|1|4000|4000" ] && ok || bad "concurrent appends: got $n, want 4000|1|4000|4000"
expect_exit 0 "verify after concurrent appends" "$SEISMO" verify
contains "$TMP/out" "4000 events verified" "chain is valid after concurrent appends"

finish
