#!/usr/bin/env python3
"""Crash-safety trials for seismo (issue 6), run by tests/crash/run.sh.

Each trial starts the daemon on one database and spool that persist across
trials, feeds it articles three ways at once (spool files, POST /v1/articles,
CLI `seismo ingest` processes beside it), kills the daemon with SIGKILL at a
random moment (and, in some trials, a CLI ingest too), restarts it, lets it
catch up, stops it, and checks:

  1. every acknowledged article (HTTP 200/201, a file in done/, a CLI exit 0)
     has all its events in the log (event ids come from a dry run);
  2. no event id twice, seqs 1..head without a gap, `seismo verify` exits 0;
  3. every projection checkpoint equals the head, and the read models equal
     those of a fresh `seismo rebuild` into a copy of the database;
  4. incoming/ is empty after the restart, nothing in rejected/, and every
     spool file written is in done/ with its events in the log.

With --pg-base URI the same trials run on PostgreSQL (issue 11): a fresh
database of that server, --nodes daemons (3) sharing it, each with its own
spool; a trial kills one node with SIGKILL while the others go on, and with
--pg-dir, some trials also stop PostgreSQL itself (pg_ctl stop -m immediate)
in the middle of the load and start it again. The read models are compared
with a fresh rebuild of a `seismo copy` of the log into another database.

Prints one line per trial and the totals; exits 1 when a check failed.
"""
import argparse
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

READ_MODELS = ["proj_checkpoints", "proj_timeline", "proj_retractions", "proj_companies", "proj_names"]


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def psql(uri, sql):
    """Runs sql with psql on uri; returns its unaligned output."""
    return subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", uri, "-c", sql],
                          capture_output=True, check=True, timeout=60).stdout.decode()


class Run:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.dir = tempfile.mkdtemp(prefix="seismo-crash.")
        # A copy of the binary: a rebuild during the run must not change it.
        self.seismo = os.path.join(self.dir, "seismo")
        shutil.copy2(args.seismo, self.seismo)
        self.pg = args.pg_base
        self.nodes = args.nodes if args.nodes else (3 if self.pg else 1)
        if self.pg:
            name = "crash_%d_%d" % (os.getpid(), args.seed % 1000000)
            psql(self.pg + "/postgres", "CREATE DATABASE " + name)
            self.db = self.pg + "/" + name
            subprocess.run([self.seismo, "--db", self.db, "init"], check=True,
                           stdout=subprocess.DEVNULL)
        else:
            self.db = os.path.join(self.dir, "crash.db")
        self.spools = [os.path.join(self.dir, "spool%d" % i if i else "spool")
                       for i in range(self.nodes)]
        self.spool = self.spools[0]
        self.arts = os.path.join(self.dir, "articles")
        os.makedirs(self.arts)
        self.expected = {}  # article name -> set of event ids
        self.acked = set()  # article names acknowledged by HTTP or the CLI
        self.spooled = set()  # article names written to incoming/
        self.next_article = 0
        self.lock = threading.Lock()
        self.fixtures = sorted(
            os.path.join(args.fixtures, f) for f in os.listdir(args.fixtures) if f.endswith(".txt"))
        self.failures = []
        self.events_checked = 0
        self.daemons = [None] * self.nodes
        self.ports = [None] * self.nodes
        self.spooled_at = {}  # article name -> spool it was written to
        self.pg_restarts = 0

    # --- articles -------------------------------------------------------------

    def make_articles(self, n):
        """Writes n new unique articles and learns their event ids from a dry run."""
        names = []
        for _ in range(n):
            i = self.next_article
            self.next_article += 1
            src = self.fixtures[i % len(self.fixtures)]
            name = "a%05d.txt" % i
            with open(src, "rb") as f:
                text = f.read()
            # A unique last line makes a new document (new doc hash, new event ids).
            text += b"\n\nReference %d-%d.\n" % (self.args.seed, i)
            with open(os.path.join(self.arts, name), "wb") as f:
                f.write(text)
            names.append(name)
        out = subprocess.run([self.seismo, "ingest", "--dry-run", "--format", "ndjson"] +
                             [os.path.join(self.arts, x) for x in names],
                             capture_output=True, check=True).stdout
        for name in names:
            self.expected[name] = set()
        for line in out.decode().splitlines():
            if line.strip():
                ev = json.loads(line)
                self.expected[ev["source"]["name"]].add(ev["id"])
        return names

    def take(self):
        with self.lock:
            if not self.pool:
                return None
            return self.pool.pop()

    # --- the daemon -------------------------------------------------------------

    def start_daemon(self, i=0):
        self.ports[i] = free_port()
        log = open(os.path.join(self.dir, "daemon%d.log" % i), "ab")
        self.daemons[i] = subprocess.Popen(
            [self.seismo, "daemon", "--db", self.db, "--spool", self.spools[i],
             "--listen", "127.0.0.1:%d" % self.ports[i], "--workers", "2"],
            stdout=log, stderr=log)
        log.close()
        for _ in range(200):
            if self.daemons[i].poll() is not None:
                raise RuntimeError("daemon exited at start with %d" % self.daemons[i].returncode)
            try:
                urllib.request.urlopen(self.url("/healthz", i), timeout=1).read()
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.05)
        raise RuntimeError("daemon does not answer /healthz")

    @property
    def daemon(self):
        return self.daemons[0]

    def url(self, path, i=0):
        return "http://127.0.0.1:%d%s" % (self.ports[i], path)

    def pg_cluster(self, what):
        subprocess.run(["bash", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pg",
                                             "cluster.sh"), what, self.args.pg_dir],
                       check=True, timeout=120, stdout=subprocess.DEVNULL)

    # --- feeders ------------------------------------------------------------------

    def feed_http(self, stop):
        while not stop.is_set():
            name = self.take()
            if not name:
                return
            with open(os.path.join(self.arts, name), "rb") as f:
                body = f.read()
            node = self.rng.randrange(self.nodes)
            req = urllib.request.Request(self.url("/v1/articles?source=" + name, node), data=body,
                                         headers={"Content-Type": "text/plain"}, method="POST")
            try:
                with urllib.request.urlopen(req, timeout=10) as r:
                    if r.status in (200, 201):
                        with self.lock:
                            self.acked.add(name)
            except (urllib.error.URLError, ConnectionError, OSError):
                pass  # not acknowledged: the daemon died under it

    def feed_spool(self, stop):
        while not stop.is_set():
            name = self.take()
            if not name:
                return
            spool = self.spools[self.rng.randrange(self.nodes)]
            incoming = os.path.join(spool, "incoming")
            os.makedirs(incoming, exist_ok=True)
            tmp = os.path.join(incoming, "." + name + ".tmp")
            shutil.copyfile(os.path.join(self.arts, name), tmp)
            os.rename(tmp, os.path.join(incoming, name))
            with self.lock:
                self.spooled.add(name)
                self.spooled_at[name] = spool
            time.sleep(self.rng.uniform(0, 0.05))

    def feed_cli(self, stop, kill_some):
        while not stop.is_set():
            batch = [n for n in (self.take(), self.take()) if n]
            if not batch:
                return
            p = subprocess.Popen([self.seismo, "--db", self.db, "ingest"] +
                                 [os.path.join(self.arts, x) for x in batch],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if kill_some and self.rng.random() < 0.5:
                time.sleep(self.rng.uniform(0, 0.15))
                p.send_signal(signal.SIGKILL)
                self.cli_killed += 1
            if p.wait() == 0:
                with self.lock:
                    self.acked.update(batch)

    # --- checks -----------------------------------------------------------------

    def fail(self, trial, msg):
        self.failures.append("trial %d: %s" % (trial, msg))
        print("  FAIL: " + msg, flush=True)

    def wait_caught_up(self, trial):
        deadline = time.time() + 60
        while time.time() < deadline:
            left = [f for sp in self.spools if os.path.isdir(os.path.join(sp, "incoming"))
                    for f in os.listdir(os.path.join(sp, "incoming")) if not f.startswith(".")]
            try:
                st = json.load(urllib.request.urlopen(self.url("/v1/status"), timeout=5))
                lag = max(p["lag"] for p in st["projections"])
            except (urllib.error.URLError, ConnectionError, OSError, ValueError, KeyError):
                lag = -1
            if not left and lag == 0:
                return True
            time.sleep(0.1)
        self.fail(trial, "no catch-up within 60 s: incoming %s, lag %s" % (left, lag))
        return False

    def check(self, trial):
        # 2. the log: seqs, duplicates, verify
        out = subprocess.run([self.seismo, "--db", self.db, "events", "--format", "ndjson"],
                             capture_output=True)
        if out.returncode != 0:
            self.fail(trial, "events exits %d: %s" % (out.returncode, out.stderr.decode()[:300]))
            return
        seqs, ids = [], {}
        for line in out.stdout.decode().splitlines():
            if line.strip():
                ev = json.loads(line)
                seqs.append(ev["seq"])
                ids[ev["id"]] = ids.get(ev["id"], 0) + 1
        self.events_checked += len(seqs)
        if seqs != list(range(1, len(seqs) + 1)):
            self.fail(trial, "seqs are not 1..%d without a gap" % len(seqs))
        dup = [i for i, n in ids.items() if n > 1]
        if dup:
            self.fail(trial, "%d event ids appear twice, e.g. %s" % (len(dup), dup[0]))
        v = subprocess.run([self.seismo, "--db", self.db, "verify"], capture_output=True)
        if v.returncode != 0:
            self.fail(trial, "verify exits %d: %s" % (v.returncode, v.stdout.decode()[-300:]))
        # 1 and 4. acknowledged articles and spool files
        done, rejected = set(), []
        for sp in self.spools:
            if os.path.isdir(os.path.join(sp, "done")):
                done |= set(os.listdir(os.path.join(sp, "done")))
            if os.path.isdir(os.path.join(sp, "rejected")):
                rejected += os.listdir(os.path.join(sp, "rejected"))
        if rejected:
            self.fail(trial, "files in rejected/: %s" % rejected[:5])
        lost = sorted(self.spooled - done)
        if lost:
            self.fail(trial, "spool files not in done/: %s" % lost[:5])
        for name in sorted(self.acked | self.spooled):
            missing = self.expected[name] - ids.keys()
            if missing:
                self.fail(trial, "%s was acknowledged but %d of its %d events are missing" %
                          (name, len(missing), len(self.expected[name])))
        # 3. projections: checkpoints at the head, read models as a fresh rebuild makes them
        if self.pg:
            self.check_pg_models(trial)
            return
        copy = os.path.join(self.dir, "copy.db")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(copy + suffix):
                os.unlink(copy + suffix)
        src = sqlite3.connect(self.db)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        dst.close()
        head = src.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
        for name, last in src.execute("SELECT name, last_seq FROM proj_checkpoints"):
            if last != head:
                self.fail(trial, "projection %s checkpoint %d, head %d" % (name, last, head))
        r = subprocess.run([self.seismo, "--db", copy, "rebuild"], capture_output=True)
        if r.returncode != 0:
            self.fail(trial, "rebuild of the copy exits %d: %s" % (r.returncode, r.stderr.decode()[:300]))
        dst = sqlite3.connect(copy)
        for t in READ_MODELS:
            q = "SELECT * FROM %s ORDER BY 1, 2" % t
            a, b = src.execute(q).fetchall(), dst.execute(q).fetchall()
            if a != b:
                self.fail(trial, "read model %s differs from a fresh rebuild (%d rows, %d rows)" %
                          (t, len(a), len(b)))
        src.close()
        dst.close()

    def check_pg_models(self, trial):
        head = int(psql(self.db, "SELECT coalesce(max(seq), 0) FROM events").strip() or 0)
        for line in psql(self.db, "SELECT name, last_seq FROM proj_checkpoints").splitlines():
            name, last = line.split("|")
            if int(last) != head:
                self.fail(trial, "projection %s checkpoint %s, head %d" % (name, last, head))
        copy_name = "crash_copy_%d_%d" % (os.getpid(), trial)
        psql(self.pg + "/postgres", "CREATE DATABASE " + copy_name)
        copy = self.pg + "/" + copy_name
        for cmd in (["copy", "--from", self.db, "--to", copy], ["--db", copy, "rebuild"]):
            r = subprocess.run([self.seismo] + cmd, capture_output=True)
            if r.returncode != 0:
                self.fail(trial, "%s exits %d: %s" % (" ".join(cmd[:2]), r.returncode,
                                                      r.stderr.decode()[:300]))
                return
        for t in READ_MODELS:
            q = "SELECT * FROM %s ORDER BY 1, 2" % t
            a, b = psql(self.db, q), psql(copy, q)
            if a != b:
                self.fail(trial, "read model %s differs from a fresh rebuild (%d rows, %d rows)" %
                          (t, len(a.splitlines()), len(b.splitlines())))
        psql(self.pg + "/postgres", "DROP DATABASE %s WITH (FORCE)" % copy_name)

    # --- one trial ------------------------------------------------------------------

    def trial(self, t):
        self.cli_killed = 0
        self.pool = self.make_articles(self.args.articles)
        self.rng.shuffle(self.pool)
        for i in range(self.nodes):
            self.start_daemon(i)
        victim = self.rng.randrange(self.nodes)
        restart_pg = bool(self.pg and self.args.pg_dir and t % 2 == 0)
        stop = threading.Event()
        kill_cli = self.rng.random() < 0.5
        feeders = [threading.Thread(target=self.feed_http, args=(stop,)),
                   threading.Thread(target=self.feed_http, args=(stop,)),
                   threading.Thread(target=self.feed_spool, args=(stop,)),
                   threading.Thread(target=self.feed_cli, args=(stop, kill_cli))]
        for f in feeders:
            f.start()
        # Kill once a random share of the new articles has been handed out, so
        # that the kill lands while articles are on their way in.
        target = self.rng.randint(1, self.args.articles - 1)
        deadline = time.time() + self.args.max_kill_delay
        while self.args.articles - len(self.pool) < target and time.time() < deadline:
            time.sleep(0.002)
        time.sleep(self.rng.uniform(0, 0.02))
        if restart_pg:
            # PostgreSQL itself goes down mid-load, and comes back while the nodes run.
            self.pg_cluster("kill")
            time.sleep(self.rng.uniform(0.2, 1.0))
            self.pg_cluster("resume")
            self.pg_restarts += 1
        self.daemons[victim].send_signal(signal.SIGKILL)
        if self.nodes > 1:
            # The other nodes go on taking articles for a moment.
            time.sleep(0.3)
        stop.set()  # feeders finish what they hold (a dead node's now fail) and stop
        unfed = len(self.pool)
        self.daemons[victim].wait()
        for f in feeders:
            f.join()
        acked_before = len(self.acked)
        # Restart, let the spool and the projections catch up, stop cleanly.
        self.start_daemon(victim)
        ok = self.wait_caught_up(t)
        for i in range(self.nodes):
            self.daemons[i].send_signal(signal.SIGTERM)
        for i in range(self.nodes):
            try:
                rc = self.daemons[i].wait(timeout=15)
                if rc != 0:
                    self.fail(t, "node %d exits %d on SIGTERM" % (i, rc))
            except subprocess.TimeoutExpired:
                self.daemons[i].kill()
                self.fail(t, "node %d does not stop on SIGTERM" % i)
        if ok:
            self.check(t)
        print("trial %d: node %d of %d killed%s with %d of %d new articles not yet fed; "
              "%d acknowledged in all (%d spooled), %d CLI ingests killed, %d failures so far" %
              (t, victim + 1, self.nodes, ", PostgreSQL stopped and started" if restart_pg else "",
               unfed, self.args.articles, acked_before, len(self.spooled), self.cli_killed,
               len(self.failures)), flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seismo", required=True)
    ap.add_argument("--trials", type=int, default=5)
    ap.add_argument("--articles", type=int, default=120, help="new articles per trial")
    ap.add_argument("--max-kill-delay", type=float, default=5.0, help="kill by then at the latest")
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--fixtures", default="fixtures/articles")
    ap.add_argument("--pg-base", help="run on PostgreSQL: a server URI without a database")
    ap.add_argument("--pg-dir", help="the cluster folder (tests/pg/cluster.sh), to stop and start it")
    ap.add_argument("--nodes", type=int, default=0, help="daemons on the store (default 1, 3 on PostgreSQL)")
    args = ap.parse_args()
    run = Run(args)
    print("crash test: %d trials on %s, %d node(s), seed %d, in %s" %
          (args.trials, "PostgreSQL" if run.pg else "SQLite", run.nodes, args.seed, run.dir),
          flush=True)
    try:
        for t in range(1, args.trials + 1):
            run.trial(t)
    finally:
        for d in run.daemons:
            if d and d.poll() is None:
                d.kill()
    acked = run.acked | run.spooled
    print("crash test: %d trials, %d articles acknowledged, %d events checked, %d failures (seed %d)" %
          (args.trials, len(acked), run.events_checked, len(run.failures), args.seed))
    if run.failures:
        print("logs kept in %s" % run.dir)
        return 1
    shutil.rmtree(run.dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
