"""The checks a test script queued with `dry` and `pycheck` (tests/extract_types.sh), run at
its end. Each queued article (a copy, as it was when queued) is read by
`seismo ingest --dry-run --format ndjson ARGS` with its own ARGS, the articles of the same ARGS
in one run (an article is extracted on its own, so its events are those of a run for it
alone); then each check runs on the events of the article queued before it, as
`events`, with the helpers `of` and `metrics`, in one Python process instead of one each.

Usage: dry_checks.py SEISMO QUEUE_DIR
QUEUE_DIR/items: a line per article: number, path, then its ARGS, tab-separated.
QUEUE_DIR/checks: per check, three NUL-ended fields: article number, description, code.
Prints a line per check, "ok" or "bad<TAB>description<TAB>what failed", then "end<TAB>N"."""
import collections
import hashlib
import json
import os
import subprocess
import sys
import traceback

seismo, q = sys.argv[1:3]
PRELUDE = """
def of(t, cid=None):
    return [e for e in events if e['type'] == t and (cid is None or any(c['id'] == cid for c in e['companies']))]
def metrics(e):
    return {m['metric']: m for m in e['data']['metrics']}
def changes(cid=None):
    # every change of a metric told, as a metric_change event or as a figure of an earnings
    # event (a metric_change that repeats a result's figure is dropped): [(metric, percent)]
    out = []
    for e in events:
        if cid is not None and not any(c['id'] == cid for c in e['companies']):
            continue
        if e['type'] == 'metric_change':
            out.append((e['data']['metric'], e['data']['percent']))
        elif e['type'] == 'earnings':
            out += [(m['metric'], m['change_percent']) for m in e['data']['metrics'] if 'change_percent' in m]
    return out
"""

items = {}  # number -> (path, args, key)
for line in open(os.path.join(q, "items"), encoding="utf-8"):
    n, path, *args = line.rstrip("\n").split("\t")
    args = tuple(a for a in args if a)
    data = open(path, "rb").read()
    items[n] = (path, args, (os.path.basename(path), "sha256:" + hashlib.sha256(data).hexdigest()))

# one run per ARGS, an article (name and content) read once; the same content under another
# name goes to a run of its own, so that no run holds one document twice
runs = collections.defaultdict(list)  # (args, round) -> paths
placed = {}  # (args, name, doc) -> round
docs = collections.defaultdict(set)  # (args, round) -> docs
for path, args, key in items.values():
    if (args,) + key in placed:
        continue
    r = 0
    while key[1] in docs[(args, r)]:
        r += 1
    docs[(args, r)].add(key[1])
    placed[(args,) + key] = r
    runs[(args, r)].append(path)

# an article of another form than text (a feed's JSON item names its events' source by its
# own fields) has a run of its own, whose events are all its
for n, (path, args, key) in items.items():
    if not path.endswith(".txt") and placed.get((args,) + key, -1) >= 0:
        runs[(args, placed[(args,) + key])].remove(path)
        placed[(args,) + key] = -1 - len(runs)
        runs[(args, placed[(args,) + key])] = [path]

events = collections.defaultdict(list)  # (args, name, doc) -> events
crashes = []
for (args, r), paths in runs.items():
    if not paths:
        continue
    p = subprocess.run([seismo, "--db", os.path.join(q, "none", "x.db"), "ingest", "--dry-run",
                        "--format", "ndjson", *args, *paths],
                       capture_output=True, text=True, timeout=600)
    if p.returncode != 0 or "Sanitizer" in p.stderr or "runtime error:" in p.stderr:
        crashes.append("seismo ingest --dry-run %s (exit %d): %s" %
                       (" ".join(args), p.returncode, p.stderr.strip()[-500:]))
    alone = [k for k, v in placed.items() if k[0] == args and v == r and r < 0]
    for l in p.stdout.splitlines():
        if l.startswith("{"):
            e = json.loads(l)
            key = alone[0] if alone else (args, e["source"]["name"], e["source"]["doc"])
            if key not in placed:
                crashes.append("an event of no queued article: %s %s" % key[1:])
            events[key].append(e)

raw = open(os.path.join(q, "checks"), "rb").read().decode("utf-8").split("\0")
n = 0
for i in range(0, len(raw) - 2, 3):
    num, desc, code = raw[i:i + 3]
    n += 1
    ns = {"__name__": "__main__", "json": json}
    if num in items:
        _, args, key = items[num]
        ns["events"] = [json.loads(json.dumps(e)) for e in events[(args,) + key]]
    else:
        print("bad\t%s\tno article queued before it" % desc)
        continue
    try:
        exec(compile(PRELUDE + code, desc, "exec"), ns)
        print("ok")
    except SystemExit as x:
        print("ok" if x.code in (None, 0) else "bad\t%s\texit %s" % (desc, x.code))
    except Exception:
        why = traceback.format_exc().strip().splitlines()[-1]
        print("bad\t%s\t%s" % (desc, why[:800].replace("\t", " ").replace("\n", " ")))
for c in crashes:
    n += 1
    print("bad\tno crash\t%s" % c.replace("\t", " ").replace("\n", " | "))
print("end\t%d" % n)
