#!/usr/bin/env bash
# Damage to the event log on PostgreSQL (issue 15): rows edited with psql, the
# append-only triggers disabled first, as a user might by accident (an edited
# body, hash or prev_hash, a row deleted in the middle or at the tail, the tail
# deleted with its company index rows, a row forged at seq 0 or below, two seqs
# swapped, a seq stored twice). `seismo verify` must exit 65, name the first
# bad seq and what is wrong with it, and leave the log's rows as they were;
# after a failed verify, writes (append, ingest) are refused as on SQLite
# (docs/robustness.md) until the damage is repaired and a verify passes.
# Uses the cluster `make test` starts; run alone, it starts its own and stops it.
here=$(cd "$(dirname "$0")" && pwd)
own_pg=
if [ -z "${SEISMO_TEST_PG_BASE:-}" ]; then
    own_pg=$(mktemp -d /tmp/seismo-verify-pg.XXXXXX)
    if ! env_lines=$(timeout 120 bash "$here/pg/cluster.sh" start "$own_pg" fast); then
        bash "$here/pg/cluster.sh" stop "$own_pg" >/dev/null 2>&1
        echo "FAIL: the PostgreSQL cluster of this test did not start" >&2
        echo "0 passed, 1 failed"
        exit 1
    fi
    eval "$env_lines"
fi
export SEISMO_ENGINE=postgresql
. "$here/lib.sh"
[ -n "$own_pg" ] && at_exit "timeout 90 bash '$here/pg/cluster.sh' stop '$own_pg'"
ARTS=$(cd "$here/../fixtures/articles" && pwd)

ev() { # ev COMPANY PERCENT DATE
    printf '{"type":"share_move","occurred_on":"%s","companies":[{"id":"%s"}],"data":{"percent":%s}}\n' "$3" "$1" "$2"
}
# rows URI: a digest of every stored row of the log and its company index.
rows() {
    pg_sql "$1" "SELECT md5(coalesce((SELECT string_agg(e::text, '|' ORDER BY e::text) FROM events e), '') ||
        coalesce((SELECT string_agg(c::text, '|' ORDER BY c::text) FROM event_companies c), ''))"
}
# head URI: the highest stored seq.
head_of() { pg_sql "$1" "SELECT coalesce(max(seq), 0) FROM events"; }
# damaged NAME SQL: a copy of the good log with SQL run on it, the triggers out of the way.
damaged() {
    local u
    u=$(pg_clone "$GOOD" "$1")
    pg_sql "$u" "ALTER TABLE events DISABLE TRIGGER USER; ALTER TABLE event_companies DISABLE TRIGGER USER; $2" >/dev/null
    pg_sql "$u" "ALTER TABLE events ENABLE TRIGGER USER; ALTER TABLE event_companies ENABLE TRIGGER USER" >/dev/null
    echo "$u"
}
# expect_damage NAME URI SEQ TEXT: verify on URI exits 65, names SEQ as the
# first bad one with TEXT in its message, in the table and in JSON, and leaves
# the log's rows untouched.
expect_damage() {
    local name=$1 u=$2 seq=$3 text=$4 before
    before=$(rows "$u")
    expect_exit 65 "$name: verify exits 65" "$SEISMO" --db "$u" verify
    contains "$TMP/err" "verify failed at seq $seq: " "$name: verify names seq $seq first"
    contains "$TMP/err" "$text" "$name: verify says what is wrong"
    contains "$TMP/out" "FAILED at seq $seq " "$name: the table names seq $seq"
    if grep -qE 'AddressSanitizer|runtime error|LeakSanitizer' "$TMP/err"; then bad "$name: verify crashed"; else ok; fi
    expect_exit 65 "$name: verify --format json exits 65" "$SEISMO" --db "$u" verify --format json
    python3 -c "import json,sys; d=json.load(open('$TMP/out')); assert d['ok'] is False and d['bad_seq']==$seq and d['problem'], d" \
        && ok || bad "$name: JSON verify: want ok false, bad_seq $seq ($(head -c 300 "$TMP/out"))"
    [ "$(rows "$u")" = "$before" ] && ok || bad "$name: verify changed the stored rows"
}

# --- a good log of six events; projections caught up once (timeline)
GOOD=$(new_store good)
{
    ev AAPL 1.5 2025-02-12; ev BABA 2.6 2025-02-12; ev AAPL -0.7 2025-02-13
    ev MSFT 3.1 2025-02-14; ev INTC 4.2 2025-02-15; ev NVDA -2.3 2025-02-16
} >"$TMP/good.ndjson"
expect_exit 0 "init" "$SEISMO" --db "$GOOD" init
expect_exit 0 "append the good log" "$SEISMO" --db "$GOOD" append "$TMP/good.ndjson"
contains "$TMP/out" "6 appended" "six events appended"
expect_exit 0 "verify the good log" "$SEISMO" --db "$GOOD" verify
contains "$TMP/out" "ok: 6 events verified, head seq 6" "the good log verifies"
# the triggers refuse the same edits when they are in place
for edit in "UPDATE events SET body = body || ' ' WHERE seq = 2" "DELETE FROM events WHERE seq = 6" \
    "UPDATE events SET hash = prev_hash WHERE seq = 3" "TRUNCATE events CASCADE"; do
    set +e; pg_sql "$GOOD" "$edit" >/dev/null 2>&1; rc=$?; set -e
    [ $rc -ne 0 ] && ok || bad "'$edit' must be refused by the database"
done

# --- each kind of damage, on its own copy
u=$(damaged body "UPDATE events SET body = replace(body, '2.6', '9.6') WHERE seq = 2")
expect_damage "edited body" "$u" 2 "hash does not match its content"
BODY=$u
# with amcheck installed verify checks the pages first: sound here, so the chain is named alone
u=$(damaged amcheck "CREATE EXTENSION IF NOT EXISTS amcheck; UPDATE events SET body = replace(body, '1.5', '1.25') WHERE seq = 1")
if pg_sql "$u" "SELECT 1 FROM pg_extension WHERE extname = 'amcheck'" | grep -q 1; then
    expect_damage "edited body, amcheck installed" "$u" 1 "hash does not match its content"
    check "amcheck: no note that the pages went unchecked" bash -c "! grep -q 'amcheck extension is not installed' '$TMP/err'"
    check "amcheck: the pages are not called damaged" bash -c "! grep -q 'database file is damaged' '$TMP/err'"
else
    bad "amcheck could not be installed in the test database"
fi
u=$(damaged hash "UPDATE events SET hash = repeat('a', 64) WHERE seq = 3")
expect_damage "edited hash" "$u" 3 "hash does not match its content (stored aaaa"
u=$(damaged headhash "UPDATE events SET hash = repeat('b', 64) WHERE seq = 6")
expect_damage "edited hash of the head" "$u" 6 "hash does not match its content"
u=$(damaged prev "UPDATE events SET prev_hash = repeat('c', 64) WHERE seq = 4")
expect_damage "edited prev_hash" "$u" 4 "prev_hash cccc"
u=$(damaged both "UPDATE events SET body = replace(body, '4.2', '0.2') WHERE seq = 5;
    UPDATE events SET body = replace(body, '3.1', '0.1') WHERE seq = 4")
expect_damage "two edited bodies" "$u" 4 "hash does not match its content"
u=$(damaged column "UPDATE events SET occurred_on = '2025-01-01' WHERE seq = 3")
expect_damage "edited column" "$u" 3 "columns (seq, id, type, occurred_on) disagree with the body"
u=$(damaged index "UPDATE event_companies SET company = 'TSLA' WHERE seq = 2")
expect_damage "edited company index" "$u" 2 "company index disagrees with the body"
u=$(damaged delmid "DELETE FROM events WHERE seq = 3")
expect_damage "deleted row in the middle" "$u" 3 "seq 3 is missing (gap in the log)"
u=$(damaged delmid2 "DELETE FROM events WHERE seq = 3; DELETE FROM event_companies WHERE seq = 3")
expect_damage "deleted row and its index in the middle" "$u" 3 "seq 3 is missing (gap in the log)"
u=$(damaged delfirst "DELETE FROM events WHERE seq = 1")
expect_damage "deleted first row" "$u" 1 "seq 1 is missing (gap in the log)"
u=$(damaged tail "DELETE FROM events WHERE seq >= 5")
expect_damage "truncated tail (index rows left)" "$u" 5 "company index names an event that is not in the log"
u=$(damaged tailidx "DELETE FROM events WHERE seq >= 5; DELETE FROM event_companies WHERE seq >= 5")
expect_damage "truncated tail with its index rows" "$u" 5 \
    "the log ends at seq 4 but the head record written with each append recorded seq 6"
u=$(damaged seqzero "INSERT INTO events SELECT 0, 'forged0', type, occurred_on, recorded_at, body, prev_hash, hash FROM events WHERE seq = 1")
expect_damage "a row forged at seq 0" "$u" 0 "a row is stored at seq 0, but seqs start at 1"
u=$(damaged seqneg "INSERT INTO events SELECT -7, 'forged-7', type, occurred_on, recorded_at, body, prev_hash, hash FROM events WHERE seq = 6")
expect_damage "a row forged at seq -7" "$u" -7 "a row is stored at seq -7, but seqs start at 1"
u=$(damaged swap "UPDATE events SET seq = -2 WHERE seq = 2; UPDATE events SET seq = 2 WHERE seq = 3;
    UPDATE events SET seq = 3 WHERE seq = -2")
expect_damage "two seqs swapped" "$u" 2 "prev_hash"
u=$(damaged jump "UPDATE events SET seq = 9 WHERE seq = 6")
expect_damage "head moved to seq 9" "$u" 6 "seq 6 is missing (gap in the log)"
u=$(damaged dup "ALTER TABLE events DROP CONSTRAINT events_pkey; ALTER TABLE events DROP CONSTRAINT events_id_key;
    INSERT INTO events SELECT * FROM events WHERE seq = 2")
expect_damage "duplicated seq" "$u" 2 "seq 2 is stored more than once"
# shellcheck disable=SC2034 # read as ${!case} below
DUP=$u
u=$(damaged emptybody "UPDATE events SET body = '' WHERE seq = 4")
expect_damage "emptied body" "$u" 4 "hash does not match its content"
u=$(damaged junkbody "UPDATE events SET body = '{\"seq\":' WHERE seq = 1")
expect_damage "body that is not JSON" "$u" 1 "hash does not match its content"

# --- after a failed verify, writes are refused and the head stays where it was
ev AMD 1.1 2025-03-01 >"$TMP/more.ndjson"
for case in BODY DUP; do
    u=${!case}
    h=$(head_of "$u")
    expect_exit 65 "$case: append refused after verify" "$SEISMO" --db "$u" append "$TMP/more.ndjson"
    contains "$TMP/err" "found damaged by 'seismo verify'" "$case: append says why"
    expect_exit 65 "$case: ingest refused after verify" "$SEISMO" --db "$u" ingest "$ARTS/asia-business.txt"
    contains "$TMP/err" "found damaged by 'seismo verify'" "$case: ingest says why"
    check "$case: ingest did not say appended" bash -c "! grep -q '[1-9][0-9]* appended' '$TMP/out'"
    [ "$(head_of "$u")" = "$h" ] && ok || bad "$case: the head moved from $h to $(head_of "$u")"
    expect_exit 0 "$case: reads still answer" "$SEISMO" --db "$u" events --format ndjson
done

# the daemon refuses appends to it too, and still answers reads
daemon_script
u=$BODY
h=$(head_of "$u")
if daemon_start "$TMP/daemon.log" --db "$u"; then
    ok
    got=$(curl -s -o "$TMP/body" -w '%{http_code}' -X POST "$URL/v1/events" \
        -H 'Content-Type: application/x-ndjson' --data-binary @"$TMP/more.ndjson") || got=000
    [ "$got" = 500 ] && ok || bad "daemon: POST /v1/events to a damaged log: HTTP $got, want 500"
    contains "$TMP/body" "found damaged by 'seismo verify'" "daemon: the refusal says why"
    contains "$TMP/body" "corrupt_database" "daemon: the refusal has its error code"
    http_get 200 "/v1/events?limit=2"
    stop_pid "$DPID" 20 || true
    DPID=
else
    bad "daemon: did not start on the damaged log ($(tail -c 300 "$TMP/daemon.log"))"
fi
[ "$(head_of "$u")" = "$h" ] && ok || bad "daemon: the head moved from $h to $(head_of "$u")"

# --- repaired (the edit undone by hand): a verify that passes lifts the refusal
pg_sql "$BODY" "ALTER TABLE events DISABLE TRIGGER USER;
    UPDATE events SET body = replace(body, '9.6', '2.6') WHERE seq = 2;
    ALTER TABLE events ENABLE TRIGGER USER" >/dev/null
expect_exit 65 "repaired: still refused until verify passes" "$SEISMO" --db "$BODY" append "$TMP/more.ndjson"
expect_exit 0 "repaired: verify passes" "$SEISMO" --db "$BODY" verify
contains "$TMP/out" "ok: 6 events verified" "repaired: every event verifies"
expect_exit 0 "repaired: append works again" "$SEISMO" --db "$BODY" append "$TMP/more.ndjson"
contains "$TMP/out" "1 appended" "repaired: the event is appended"
expect_exit 0 "repaired: verify after the append" "$SEISMO" --db "$BODY" verify
contains "$TMP/out" "ok: 7 events verified, head seq 7" "repaired: the chain goes on"

# --- a damaged log the user never verified: an append checks only the head it
# chains onto (O(1)), so damage below the head is appended onto as on SQLite;
# verify still finds it
u=$(damaged unverified "UPDATE events SET body = replace(body, '1.5', '7.5') WHERE seq = 1")
expect_exit 0 "unverified damage below the head: append does not see it" "$SEISMO" --db "$u" append "$TMP/more.ndjson"
expect_damage "unverified damage, appended onto" "$u" 1 "hash does not match its content"
expect_exit 65 "unverified damage: refused once verify has run" "$SEISMO" --db "$u" append "$TMP/good.ndjson"

# --- a log of 2,500 events (three pages when verify read pages of 1,000; now
# one COPY stream). Damage near the start (the rest of the stream cancelled
# and drained) and near the end; the walk stops there, and the connection is
# still good to record the damage (appends refused after)
BIG=$(new_store big)
for i in $(seq 1 2500); do ev "C$((i % 40))" "$i.5" "2025-0$((1 + i % 9))-1$((i % 10))"; done \
    >"$TMP/big.ndjson"
expect_exit 0 "init the three-page log" "$SEISMO" --db "$BIG" init
expect_exit 0 "append the three-page log" "$SEISMO" --db "$BIG" append "$TMP/big.ndjson"
n_big=$(head_of "$BIG")
expect_exit 0 "verify the three-page log" "$SEISMO" --db "$BIG" verify
contains "$TMP/out" "ok: $n_big events verified, head seq $n_big" "every page verified"
for at in 10 2201; do
    u=$(pg_clone "$BIG" "big$at")
    pg_sql "$u" "ALTER TABLE events DISABLE TRIGGER USER;
        UPDATE events SET body = body || ' ' WHERE seq = $at;
        ALTER TABLE events ENABLE TRIGGER USER" >/dev/null
    expect_damage "three pages, damage at seq $at" "$u" "$at" "hash does not match its content"
    expect_exit 65 "three pages, damage at seq $at: append refused after verify" \
        "$SEISMO" --db "$u" append "$TMP/more.ndjson"
    contains "$TMP/err" "found damaged by 'seismo verify'" "three pages, damage at seq $at: append says why"
done
# the company index merged in by seq: a row edited at seq 1001, a row added
# at seq 1000 (the edges of the pages verify read before the stream)
for edit in "UPDATE event_companies SET company = 'ZZZ' WHERE seq = 1001|1001" \
    "INSERT INTO event_companies (company, seq, role) VALUES ('ZZZ', 1000, 'subject')|1000"; do
    at=${edit##*|}
    u=$(pg_clone "$BIG" "bigidx$at")
    pg_sql "$u" "ALTER TABLE event_companies DISABLE TRIGGER USER; ${edit%|*};
        ALTER TABLE event_companies ENABLE TRIGGER USER" >/dev/null
    expect_damage "three pages, company index at seq $at" "$u" "$at" "company index disagrees with the body"
done
# index rows naming no event, below the first seq (seen by the walk) and past
# the head (asked for after it)
for at in -5 $((n_big + 100)); do
    u=$(pg_clone "$BIG" "bigorphan${at#-}")
    pg_sql "$u" "ALTER TABLE event_companies DISABLE TRIGGER USER;
        INSERT INTO event_companies (company, seq, role) VALUES ('ZZZ', $at, 'subject');
        ALTER TABLE event_companies ENABLE TRIGGER USER" >/dev/null
    expect_damage "three pages, index row without its event at seq $at" "$u" "$at" \
        "company index names an event that is not in the log"
done

finish
