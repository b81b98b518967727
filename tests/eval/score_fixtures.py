"""Scores many articles at once with shared/tools/score-events: the events of one
`seismo ingest --dry-run --format ndjson` over all of them (read from PREDICTED), split
by source name, each scored against its gold file as score-events would (one process,
not one per article).
Usage: score_fixtures.py SCORE_EVENTS PREDICTED.ndjson TMPDIR ARTICLE:GOLD:MIN ...
Prints a line per article (ok or FAIL with score-events' rows); exit 1 when any FAIL."""
import collections
import contextlib
import importlib.machinery
import importlib.util
import io
import json
import os
import sys

score_events, predicted, tmp = sys.argv[1:4]
loader = importlib.machinery.SourceFileLoader("score_events", score_events)
spec = importlib.util.spec_from_loader("score_events", loader)
scorer = importlib.util.module_from_spec(spec)
loader.exec_module(scorer)

events = collections.defaultdict(list)
for line in open(predicted, encoding="utf-8"):
    if line.startswith("{"):
        events[json.loads(line)["source"]["name"]].append(line)
fail = 0
for arg in sys.argv[4:]:
    article, gold, need = arg.rsplit(":", 2)
    name = os.path.basename(article)
    pred = os.path.join(tmp, name + ".ndjson")
    with open(pred, "w", encoding="utf-8") as f:
        f.writelines(events.pop(name, []))
    out = io.StringIO()
    argv, sys.argv = sys.argv, ["score-events", gold, pred]
    try:
        with contextlib.redirect_stdout(out):
            scorer.main()
    finally:
        sys.argv = argv
    f1 = [l.split("=", 1)[1] for l in out.getvalue().splitlines() if l.startswith("strict_f1=")]
    if f1 and float(f1[0]) >= float(need):
        print("  ok   %-36s strict_f1=%s" % (name, f1[0]))
    else:
        fail = 1
        print("  FAIL %-36s strict_f1=%s (need %s)" % (name, f1[0] if f1 else "?", need))
        for l in out.getvalue().splitlines():
            print("       " + l)
# events of an article that was not asked for mean the names were mixed up
for name in events:
    fail = 1
    print("  FAIL events of %s, which was not scored" % name)
sys.exit(fail)
