"""One-sentence items through `seismo ingest --dry-run` (default model): each must give an
event of its type naming its companies in their roles. Lines: sentence, type, id:role,...
Usage: sentences.py SEISMO TMPDIR CASES.tsv (exit 1 and the missed sentences when any).
Each sentence is an article of its own; one run of seismo reads them all (an article is
extracted on its own, so its events are those of a run for it alone)."""
import collections
import json
import os
import subprocess
import sys

seismo, tmp, cases = sys.argv[1:4]
d = os.path.join(tmp, "sentences")
os.makedirs(d, exist_ok=True)
items = []
for line in open(cases, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    sentence, etype, roles = line.rstrip("\n").split("\t")
    want = dict(r.split(":") for r in roles.split(","))
    name = "s%04d.txt" % len(items)
    with open(os.path.join(d, name), "w", encoding="utf-8") as f:
        f.write("Date: 2026-11-30\n" + sentence + "\n")
    items.append((name, sentence, etype, want))
run = subprocess.run([seismo, "--db", tmp + "/none/x.db", "ingest", "--dry-run", "--format",
                      "ndjson"] + [os.path.join(d, i[0]) for i in items],
                     capture_output=True, text=True)
events = collections.defaultdict(list)
for l in run.stdout.splitlines():
    if l.startswith("{"):
        e = json.loads(l)
        events[e["source"]["name"]].append(e)
bad = []
for name, sentence, etype, want in items:
    if not any(e["type"] == etype and all(any(c["id"] == i and c["role"] == r
                                              for c in e["companies"]) for i, r in want.items())
               for e in events[name]):
        bad.append(sentence)
for name, *_ in items:
    os.unlink(os.path.join(d, name))
for b in bad:
    print("  missed:", b)
if not items:
    print("  no items in", cases)
sys.exit(1 if bad or not items else 0)
