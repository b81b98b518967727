"""One-sentence items through `seismo ingest --dry-run` (default model): each must give an
event of its type naming its companies in their roles. Lines: sentence, type, id:role,...
Usage: sentences.py SEISMO TMPDIR CASES.tsv (exit 1 and the missed sentences when any)."""
import json
import subprocess
import sys

seismo, tmp, cases = sys.argv[1:4]
bad = []
for line in open(cases, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    sentence, etype, roles = line.rstrip("\n").split("\t")
    want = dict(r.split(":") for r in roles.split(","))
    with open(tmp + "/one.txt", "w", encoding="utf-8") as f:
        f.write("Date: 2026-11-30\n" + sentence + "\n")
    out = subprocess.run([seismo, "--db", tmp + "/none/x.db", "ingest", "--dry-run", "--format",
                          "ndjson", tmp + "/one.txt"], capture_output=True, text=True).stdout
    events = [json.loads(l) for l in out.splitlines() if l.startswith("{")]
    if not any(e["type"] == etype and all(any(c["id"] == i and c["role"] == r
                                              for c in e["companies"]) for i, r in want.items())
               for e in events):
        bad.append(sentence)
for b in bad:
    print("  missed:", b)
sys.exit(1 if bad else 0)
