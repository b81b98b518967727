#!/usr/bin/env python3
"""Writes N AAPL events as NDJSON (seismo append), dated on the trading days
of PRICES.csv after its first 260 sessions, a third each share moves,
partnerships and corporate events.  usage: gen_events.py PRICES.csv N"""
import csv
import json
import sys

days = [r["date"][:10] for r in csv.DictReader(open(sys.argv[1]))]
co = [{"id": "AAPL", "name": "Apple", "role": "subject", "ticker": "AAPL"}]
for i in range(int(sys.argv[2])):
    day = days[260 + i % (len(days) - 270)]
    k = i % 3
    if k == 0:
        t, data = "share_move", {"percent": round((i % 41 - 20) / 10, 1), "instrument": "shares"}
    elif k == 1:
        t, data = "partnership", {"topic": "topic %d" % i}
    else:
        t, data = "corporate_event", {"name": "event %d" % i}
    print(json.dumps({"type": t, "occurred_on": day, "companies": co, "data": data,
                      "source": {"name": "gen-%d.txt" % (i // 100),
                                 "sentence": "Generated sentence number %d about Apple." % i}}))
