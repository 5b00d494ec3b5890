#!/usr/bin/env python3
"""Fault and load check of the newsgraph service: no article lost or doubled when Neo4j dies, and
read latency under concurrent load. Standard library only.

What it does, in order:
  1. builds the application once (./mvnw -q -B -DskipTests package; --no-build skips it) with a JDK 21+
     (JAVA_HOME if it is one, else the newest under /usr/lib/jvm, as .ci/run does), and copies
     target/quarkus-app and target/neo4j-server/lib to a temp dir, so other builds cannot disturb the run;
  2. baseline: a fresh Neo4j (child process, free Bolt port) and a fresh H2 file DB, the app on a free
     port; ingests N distinct articles (the texts of eval/articles and ../shared/eval/articles, each copy
     made unique by a "Reference NNNN." sentence) with a pool of writer threads, waits until all are
     PROJECTED, records the stats, stops everything;
  3. fault run: the same on a fresh Neo4j and DB, but at ~30% of the articles Neo4j is killed (kill -9),
     ingestion goes on for --outage-seconds while it is down (every article must still be stored and
     answered, PENDING), then Neo4j is restarted on the same port and home; at ~60% it is stopped cleanly
     (SIGTERM) and restarted the same way. Then it waits until the background retries have projected
     every article, and compares the graph with the baseline (exactly once: same counts and checksum);
  4. read load on the fault run's app: --readers threads for --read-seconds, a mix of search, articles,
     entity, extract and stats queries; requests, errors, throughput, p50/p99 per kind, and the app's RSS.
The app and Neo4j are always stopped (also on Ctrl-C), and the temp dir removed unless --keep.
Exit status: 0 when every check passes, 1 when one fails, 2 when the run could not be set up, 130 on
interrupt.

Usage: python3 scripts/fault-load.py [--articles 1000] [--workers 4] [--outage-seconds 10]
           [--projection-timeout 180] [--read-seconds 120] [--readers 16] [--no-build] [--keep]
A quick try: python3 scripts/fault-load.py --no-build --articles 60 --read-seconds 10
"""
import argparse
import concurrent.futures
import datetime
import http.client
import json
import math
import os
import pathlib
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
NEO4J_MAIN = "org.neo4j.server.Neo4jCommunity"
# The copied runner jar is renamed: a broad `pkill -f quarkus-run.jar` meant for another copy of the
# service on this machine must not stop this one in the middle of a run (seen happening).
RUN_JAR = "newsgraph-fault-load-run.jar"
WRITER_TOKEN = "fault-load-writer-" + os.urandom(8).hex()
T0 = time.monotonic()
STOP = threading.Event()  # set on Ctrl-C / SIGTERM: worker threads leave their loops

INGEST = ("mutation($input: ArticleInput!) { ingestArticle(input: $input) "
          "{ created article { id status } } }")
STATS = ("{ stats { articlesByStatus { key count } graphArticles entitiesByType { key count } "
         "relationsByType { key count } evidence factsChecksum } }")

READ_QUERIES = {
    "search": ("query($t: String!) { search(text: $t, first: 5) { score entity { id name "
               "relations(first: 10) { type other { name } evidence { sentence } } "
               "articles(first: 5) { title } } } }"),
    "articles": ("{ articles(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { "
                 "id title status entities(first: 5) { count entity { id type name } } } } } }"),
    "entity": ('{ entity(id: "country:US") { id name mentions relations(first: 10) { type other { name } '
               "evidence { sentence } } articles(first: 5) { title } } }"),
    "extract": ("query($t: String!) { extract(text: $t) { entities { type name } "
                "relations { type source { name } target { name } evidence { sentence confidence } } } }"),
    "stats": STATS,
}
READ_WEIGHTS = {"search": 3, "articles": 2, "entity": 2, "extract": 2, "stats": 1}
SEARCH_TERMS = ["Xi Jinping", "Antony Blinken", "NATO", "China", "Finland", "Sweden", "OPEC", "Iran",
                "Vladimir Putin", "Kim Jong Un", "Paris Agreement", "Japan", "Philippines", "Friedrich Merz",
                "United Kingdom", "CPTPP", "RCEP", "Saudi Arabia", "Geneva", "AUKUS"]
EXTRACT_TEXTS = [
    "US Secretary of State Marco Rubio met with Chinese Foreign Minister Wang Yi in Kuala Lumpur.",
    "Indonesian President Prabowo Subianto met with Japanese Prime Minister Shigeru Ishiba in Jakarta. "
    "The two leaders agreed to deepen maritime cooperation.",
    "Finland formally joined the North Atlantic Treaty Organization (NATO) on Tuesday. Finnish Foreign "
    "Minister Pekka Haavisto handed the document to US Secretary of State Antony Blinken.",
    "Saudi Arabia and Iran agreed to restore diplomatic ties in a deal brokered by China, "
    "Chinese Foreign Minister Wang Yi said in Beijing.",
]


def log(message):
    print(f"[{time.monotonic() - T0:7.1f}s] {message}", flush=True)


class SetupError(Exception):
    """The run could not be set up (build, JDK, a process that does not start)."""


# --- JDK and build ------------------------------------------------------------------------------

def java_major(java):
    try:
        out = subprocess.run([java, "-XshowSettings:properties", "-version"], capture_output=True,
                             text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return 0
    m = re.search(r"java\.specification\.version = (\S+)", out.stderr + out.stdout)
    if not m:
        return 0
    v = m.group(1)
    try:
        return int(v.split(".")[1] if v.startswith("1.") else v.split(".")[0])
    except ValueError:
        return 0


def version_key(path):
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", str(path))]


def find_jdk():
    """JAVA_HOME if it is a JDK 21+, else the newest JDK 21+ under /usr/lib/jvm, else java on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home and java_major(os.path.join(home, "bin", "java")) >= 21:
        return home
    for jdk in sorted(pathlib.Path("/usr/lib/jvm").glob("*/"), key=version_key, reverse=True):
        if (jdk / "bin" / "javac").exists() and java_major(str(jdk / "bin" / "java")) >= 21:
            return str(jdk)
    java = shutil.which("java")
    if java and java_major(java) >= 21:
        return str(pathlib.Path(os.path.realpath(java)).parent.parent)
    raise SetupError("no JDK 21+ found (JAVA_HOME or /usr/lib/jvm)")


def other_maven_builds():
    """Pids of Maven runs in this folder (other than ours): a build now would collide with them."""
    pids = []
    for entry in pathlib.Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"-Dmaven.multiModuleProjectDirectory=" + str(REPO).encode() in args:
            pids.append(int(entry.name))
    return pids


def build(java_home, wait_for_others=600):
    env = dict(os.environ, JAVA_HOME=java_home, PATH=f"{java_home}/bin:{os.environ.get('PATH', '')}")
    for attempt in (1, 2):
        deadline = time.monotonic() + wait_for_others
        others = other_maven_builds()
        if others:
            log(f"another Maven run works in this folder (pid {', '.join(map(str, others))}): waiting for it")
            while others and time.monotonic() < deadline:
                time.sleep(2)
                others = other_maven_builds()
        log("building: ./mvnw -q -B -DskipTests package")
        started = time.monotonic()
        proc = subprocess.run(["./mvnw", "-q", "-B", "-DskipTests", "package"], cwd=REPO, env=env)
        if proc.returncode == 0:
            log(f"build done in {time.monotonic() - started:.0f} s")
            return
        if attempt == 1:
            # Another build in the same folder (a clean, a test run) can pull target/classes away mid-build.
            log(f"the build failed (exit {proc.returncode}); trying once more in 10 s")
            time.sleep(10)
    raise SetupError(f"the build failed (exit {proc.returncode})")


# --- processes ----------------------------------------------------------------------------------

def free_port(avoid=()):
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port not in avoid and port not in (8080, 7687):
            return port


def port_open(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.3):
            return True
    except OSError:
        return False


RUNNING = []  # (kind, process) to stop on the way out: the apps first, then Neo4j


def stop_process(proc, timeout):
    """SIGTERM, wait up to timeout, then SIGKILL. Returns the seconds it took."""
    started = time.monotonic()
    if proc.poll() is None:
        try:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        except ProcessLookupError:
            pass
    return time.monotonic() - started


class Neo4j:
    def __init__(self, java, lib, home, port):
        self.java, self.lib, self.home, self.port = java, lib, home, port
        self.proc = None
        self.console = None

    def start(self, timeout=180):
        """Starts the server and waits for the Bolt port and "Started." in logs/neo4j.log (this start's part)."""
        self.home.mkdir(parents=True, exist_ok=True)
        neo4j_log = self.home / "logs" / "neo4j.log"
        offset = neo4j_log.stat().st_size if neo4j_log.exists() else 0
        deadline = time.monotonic() + 30
        while port_open(self.port):
            if time.monotonic() > deadline:
                raise SetupError(f"Bolt port {self.port} is still in use")
            time.sleep(0.2)
        cmd = [self.java, "-Xmx512m", "-XX:+UseSerialGC", "-cp", f"{self.lib}/*", NEO4J_MAIN,
               f"--home-dir={self.home}"]
        for setting in (f"server.bolt.listen_address=127.0.0.1:{self.port}",
                        f"server.bolt.advertised_address=127.0.0.1:{self.port}",
                        "server.http.enabled=false", "server.https.enabled=false",
                        "dbms.security.auth_enabled=false", "server.memory.pagecache.size=64m",
                        "internal.dbms.bolt.netty_server_shutdown_quiet_period_duration=0s"):
            cmd += ["-c", setting]
        console = open(self.home.parent / "neo4j-console.log", "ab")
        started = time.monotonic()
        self.proc = subprocess.Popen(cmd, stdout=console, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        console.close()
        RUNNING.append(("neo4j", self.proc))
        while time.monotonic() - started < timeout:
            if self.proc.poll() is not None:
                raise SetupError(f"Neo4j exited with {self.proc.returncode} during start-up; "
                                 f"see {self.home.parent / 'neo4j-console.log'}")
            if port_open(self.port) and neo4j_log.exists():
                with open(neo4j_log, "rb") as f:
                    f.seek(offset)
                    if b"Started." in f.read():
                        return time.monotonic() - started
            time.sleep(0.1)
        raise SetupError(f"Neo4j did not start within {timeout} s")

    def kill(self):
        """kill -9, and wait for the process to be gone."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)

    def stop(self, timeout=60):
        return stop_process(self.proc, timeout)


class App:
    def __init__(self, java, app_dir, workdir, port, neo4j_port, settings=None):
        self.java, self.app_dir, self.workdir = java, app_dir, workdir
        self.settings = settings or {}  # more -D settings (the ingestion benchmark's stream run)
        self.port, self.neo4j_port = port, neo4j_port
        # Health and metrics are on the management port, not the public one.
        self.management_port = free_port(avoid={port, neo4j_port})
        self.log_path = workdir / "app.log"
        self.proc = None
        self.stopping = False
        self.died = None  # how it ended when nobody here stopped it

    def alive(self):
        """False once the process is gone; an exit nobody here asked for is recorded in `died`."""
        code = self.proc.poll()
        if code is None:
            return True
        if not self.stopping and self.died is None:
            self.died = f"exit code {code}" + (f" (signal {-code})" if code < 0 else "")
            log(f"THE APP EXITED UNEXPECTEDLY: {self.died}; see {self.log_path}")
        return False

    def start(self, timeout=180):
        db = self.workdir / "db" / "newsgraph"
        cmd = [self.java, f"-Dquarkus.http.port={self.port}", f"-Dquarkus.management.port={self.management_port}",
               "-Dquarkus.management.host=127.0.0.1", "-Dnewsgraph.neo4j.local.enabled=false",
               f"-Dquarkus.neo4j.uri=bolt://127.0.0.1:{self.neo4j_port}",
               f"-Dquarkus.datasource.jdbc.url=jdbc:h2:file:{db};DB_CLOSE_ON_EXIT=FALSE",
               "-Dnewsgraph.samples.load=false", "-Dnewsgraph.projection.retry-every=2s",
               f"-Dnewsgraph.auth.keys.load.token={WRITER_TOKEN}", "-Dnewsgraph.auth.keys.load.roles=writer,reader",
               *[f"-D{k}={v}" for k, v in self.settings.items()],
               "-jar", str(self.app_dir / RUN_JAR)]
        out = open(self.log_path, "ab")
        started = time.monotonic()
        # Its own working directory: nothing relative lands in the repository.
        self.proc = subprocess.Popen(cmd, cwd=self.workdir, stdout=out, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        out.close()
        RUNNING.append(("app", self.proc))
        client = Client(self.port, timeout=10)
        while time.monotonic() - started < timeout:
            if self.proc.poll() is not None:
                raise SetupError(f"the app exited with {self.proc.returncode} during start-up; see {self.log_path}")
            if http_status(self.management_port, "/q/health/live") == 200:
                _, error = client.graphql("{ stats { graphArticles } }")
                if error is None:
                    return time.monotonic() - started
            time.sleep(0.25)
        raise SetupError(f"the app did not become ready within {timeout} s; see {self.log_path}")

    def stop(self, timeout=60):
        self.alive()
        self.stopping = True
        return stop_process(self.proc, timeout)

    def rss_mb(self):
        try:
            with open(f"/proc/{self.proc.pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return float("nan")


# --- HTTP / GraphQL -----------------------------------------------------------------------------

def http_status(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        resp.read()
        return resp.status
    except OSError:
        return None
    finally:
        conn.close()


class Client:
    """One keep-alive connection; not shared between threads. No silent retries: a failure is an error."""

    def __init__(self, port, token=None, timeout=180):
        self.port, self.token, self.timeout = port, token, timeout
        self.conn = None

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def graphql(self, query, variables=None):
        """Returns (data, error): error is None, or a one-line description of what went wrong."""
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
            self.conn.request("POST", "/graphql", body, headers)
            resp = self.conn.getresponse()
            raw = resp.read()
            if (resp.getheader("Connection") or "").lower() == "close":
                self.close()
        except (OSError, http.client.HTTPException) as e:
            self.close()
            return None, f"{type(e).__name__}: {e}"
        if resp.status != 200:
            return None, f"HTTP {resp.status}: {raw[:200].decode('utf-8', 'replace')}"
        try:
            doc = json.loads(raw)
        except ValueError:
            return None, f"not JSON: {raw[:200].decode('utf-8', 'replace')}"
        if doc.get("errors"):
            first = doc["errors"][0]
            code = (first.get("extensions") or {}).get("code", "")
            return doc.get("data"), f"GraphQL error ({len(doc['errors'])}) {code}: {first.get('message')}"
        if doc.get("data") is None:
            return None, "no data in the answer"
        return doc["data"], None


def cpu_seconds(pid):
    """User + system CPU time of a process so far, from /proc/PID/stat."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    return sorted_values[max(0, math.ceil(p / 100 * len(sorted_values)) - 1)]


# --- articles -----------------------------------------------------------------------------------

def load_texts():
    texts = []
    for folder in (REPO / "eval" / "articles", REPO.parent / "shared" / "eval" / "articles"):
        for path in sorted(folder.glob("*.txt")):
            texts.append((path.stem, path.read_text(encoding="utf-8")))
    if not texts:
        raise SetupError("no article texts in eval/articles")
    return texts


def build_articles(n, texts):
    width = max(4, len(str(n - 1)))
    base = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
    articles = []
    for i in range(n):
        name, text = texts[i % len(texts)]
        ref = f"{i:0{width}d}"
        articles.append({
            "text": text.rstrip() + f"\n\nReference {ref}.",
            "url": f"https://fault-load.example.org/{name}/{ref}",
            "title": f"{name.replace('-', ' ').capitalize()} (reference {ref})",
            "source": "fault-load",
            "publishedAt": (base + datetime.timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        })
    if len({a["text"] for a in articles}) != n:
        raise SetupError("the generated articles are not distinct")
    return articles


# --- faults -------------------------------------------------------------------------------------

class Fault:
    def __init__(self, name, mode, start, length, outage):
        self.name, self.mode, self.start, self.length, self.outage = name, mode, start, length, outage
        self.reached = threading.Event()  # a worker took article `start`: time to strike
        self.down = threading.Event()     # Neo4j is down: the outage articles may go
        self.t_begin = self.t_down = self.t_restart = self.t_up = None
        self.stop_seconds = self.restart_seconds = None
        self.error = None


def fault_controller(neo4j, faults, ingestion_over):
    try:
        for f in faults:
            while not f.reached.wait(0.2):
                if STOP.is_set() or ingestion_over.is_set():
                    return
            f.t_begin = time.monotonic()
            if f.mode == "kill":
                log(f"{f.name}: kill -9 Neo4j (pid {neo4j.proc.pid}) at article {f.start}")
                neo4j.kill()
            else:
                log(f"{f.name}: SIGTERM to Neo4j (pid {neo4j.proc.pid}) at article {f.start}, waiting for it to exit")
                neo4j.stop()
            f.t_down = time.monotonic()
            f.stop_seconds = f.t_down - f.t_begin
            log(f"{f.name}: Neo4j is down (exit code {neo4j.proc.returncode}, took {f.stop_seconds:.1f} s); "
                f"ingesting on for {f.outage:.0f} s")
            f.down.set()
            while time.monotonic() < f.t_down + f.outage and not STOP.is_set():
                time.sleep(0.1)
            if STOP.is_set():
                return
            f.t_restart = time.monotonic()
            log(f"{f.name}: restarting Neo4j on the same port and home")
            f.restart_seconds = neo4j.start()
            f.t_up = time.monotonic()
            log(f"{f.name}: Neo4j is up again (pid {neo4j.proc.pid}, start took {f.restart_seconds:.1f} s)")
    except Exception as e:  # noqa: BLE001 - reported as a failed check
        for f in faults:
            if f.t_up is None and f.error is None:
                f.error = f"{type(e).__name__}: {e}"
        log(f"fault controller failed: {e}")
    finally:
        for f in faults:
            f.down.set()


# --- phases -------------------------------------------------------------------------------------

def ingest(app, articles, workers, neo4j=None, faults=()):
    """Ingests every article with `workers` threads; with faults, strikes Neo4j on the way."""
    n = len(articles)
    results = [None] * n
    lock = threading.Lock()
    state = {"next": 0, "done": 0}
    ingestion_over = threading.Event()

    def worker():
        client = Client(app.port, WRITER_TOKEN, timeout=180)
        try:
            while not STOP.is_set() and app.alive():
                with lock:
                    i = state["next"]
                    if i >= n:
                        return
                    state["next"] += 1
                for f in faults:
                    if i == f.start:
                        f.reached.set()
                    if f.start <= i < f.start + f.length:
                        # the outage's articles are spread over the outage, so it lasts while they go
                        while not f.down.wait(0.2):
                            if STOP.is_set():
                                return
                        if f.t_down is not None:
                            delay = f.t_down + (i - f.start) * f.outage / f.length - time.monotonic()
                            if delay > 0:
                                time.sleep(delay)
                sent = time.monotonic()
                data, error = client.graphql(INGEST, {"input": articles[i]})
                done = time.monotonic()
                result = {"i": i, "sent": sent, "done": done, "error": error, "created": None, "status": None}
                if error is None:
                    payload = data["ingestArticle"]
                    result["created"] = payload["created"]
                    result["status"] = payload["article"]["status"]
                results[i] = result
                with lock:
                    state["done"] += 1
        finally:
            client.close()

    controller = None
    if faults:
        controller = threading.Thread(target=fault_controller, args=(neo4j, faults, ingestion_over), daemon=True)
        controller.start()
    started = time.monotonic()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ingest")
    try:
        futures = [pool.submit(worker) for _ in range(workers)]
        last = 0
        while True:
            finished, _ = concurrent.futures.wait(futures, timeout=1)
            if len(finished) == len(futures):
                break
            if time.monotonic() - last >= 5:
                last = time.monotonic()
                with lock:
                    log(f"ingested {state['done']}/{n}")
        for fut in futures:
            fut.result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    elapsed = time.monotonic() - started
    ingestion_over.set()
    if controller is not None:
        controller.join()
    log(f"ingestion done: {n} articles in {elapsed:.1f} s")
    return [r for r in results if r is not None], elapsed


def stats(client):
    data, error = client.graphql(STATS)
    if error:
        return None, error
    s = data["stats"]
    return {
        "byStatus": {c["key"]: int(c["count"]) for c in s["articlesByStatus"]},
        "graphArticles": int(s["graphArticles"]),
        "entitiesByType": {c["key"]: int(c["count"]) for c in s["entitiesByType"]},
        "relationsByType": {c["key"]: int(c["count"]) for c in s["relationsByType"]},
        "evidence": int(s["evidence"]),
        "factsChecksum": s["factsChecksum"],
    }, None


def wait_projected(app, n, timeout):
    """Polls stats until every article is PROJECTED and in the graph; returns (stats, seconds, errors)."""
    client = Client(app.port, timeout=60)
    started = time.monotonic()
    last_print, last_seen, errors, s = 0, None, [], None
    while True:
        current, error = stats(client)
        if error:
            errors.append(error)
        else:
            s = current
            seen = (s["byStatus"].get("PENDING", 0), s["byStatus"].get("PROJECTED", 0), s["graphArticles"])
            if seen[0] == 0 and seen[1] == n and seen[2] == n:
                client.close()
                return s, time.monotonic() - started, errors
            if seen != last_seen and time.monotonic() - last_print >= 5:
                last_print, last_seen = time.monotonic(), seen
                log(f"waiting for projection: PENDING {seen[0]}, PROJECTED {seen[1]}, graphArticles {seen[2]}")
        if time.monotonic() - started > timeout or not app.alive():
            client.close()
            return s, None, errors
        time.sleep(1)


def read_load(app, neo4j, readers, seconds):
    kinds = list(READ_WEIGHTS)
    weights = [READ_WEIGHTS[k] for k in kinds]
    samples = []  # (kind, seconds, error)
    lock = threading.Lock()
    rss = {"start": app.rss_mb(), "peak": app.rss_mb()}
    deadline = time.monotonic() + seconds

    def reader(seed):
        rnd = random.Random(seed)
        client = Client(app.port, timeout=60)
        mine = []
        try:
            while not STOP.is_set() and time.monotonic() < deadline and app.alive():
                kind = rnd.choices(kinds, weights)[0]
                variables = {}
                if kind == "search":
                    variables = {"t": rnd.choice(SEARCH_TERMS)}
                elif kind == "extract":
                    variables = {"t": rnd.choice(EXTRACT_TEXTS)}
                sent = time.monotonic()
                _, error = client.graphql(READ_QUERIES[kind], variables)
                mine.append((kind, time.monotonic() - sent, error))
        finally:
            client.close()
            with lock:
                samples.extend(mine)

    def sampler():
        while not STOP.is_set() and time.monotonic() < deadline:
            rss["peak"] = max(rss["peak"], app.rss_mb())
            time.sleep(1)

    log(f"read load: {readers} readers for {seconds:.0f} s (app RSS {rss['start']:.0f} MB)")
    cpu = {"app": cpu_seconds(app.proc.pid), "neo4j": cpu_seconds(neo4j.proc.pid), "load": os.getloadavg()[0]}
    started = time.monotonic()
    threading.Thread(target=sampler, daemon=True).start()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=readers, thread_name_prefix="reader")
    try:
        futures = [pool.submit(reader, seed) for seed in range(readers)]
        for fut in futures:
            fut.result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    elapsed = time.monotonic() - started
    rss["end"] = app.rss_mb()
    rss["peak"] = max(rss["peak"], rss["end"])
    rss["app_cpu"] = cpu_seconds(app.proc.pid) - cpu["app"]
    rss["neo4j_cpu"] = cpu_seconds(neo4j.proc.pid) - cpu["neo4j"]
    rss["load"] = (cpu["load"], os.getloadavg()[0])
    log(f"read load done: {len(samples)} requests in {elapsed:.1f} s")
    return samples, elapsed, rss


def scan_log(path):
    """Counts of the app log lines that matter here, and its ERROR lines."""
    counts = {"not projected yet (WARN)": 0, "pending now in graph (INFO)": 0, "driver tx retries": 0,
              "of them deadlocks": 0, "WARN lines": 0, "ERROR lines": 0}
    errors = []
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return counts, errors
    for line in text.splitlines():
        if "stored but not projected" in line:
            counts["not projected yet (WARN)"] += 1
        if "is now in the graph" in line:
            counts["pending now in graph (INFO)"] += 1
        if "Transaction failed and will be retried" in line:
            counts["driver tx retries"] += 1
            if "deadlock" in line:
                counts["of them deadlocks"] += 1
        if re.search(r"\bWARN\b", line):
            counts["WARN lines"] += 1
        if re.search(r"\bERROR\b", line):
            counts["ERROR lines"] += 1
            errors.append(line.strip()[:300])
    return counts, errors


def neo4j_recoveries(home):
    """How often each database needed a transaction-log recovery at start-up (after a kill -9)."""
    counts = {}
    try:
        text = (home / "logs" / "debug.log").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return counts
    for m in re.finditer(r"\[(\w+)/\w+\] Recovery required from position", text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return counts


# --- one run ------------------------------------------------------------------------------------

def run(name, workdir, java, app_dir, neo4j_lib, articles, args, with_faults):
    """One full ingestion on a fresh Neo4j and DB. Returns a dict of what was seen; leaves app and Neo4j up."""
    workdir.mkdir(parents=True)
    neo4j_port = free_port()
    neo4j = Neo4j(java, neo4j_lib, workdir / "neo4j", neo4j_port)
    log(f"{name}: starting Neo4j on bolt port {neo4j_port}")
    took = neo4j.start()
    log(f"{name}: Neo4j started in {took:.1f} s")
    app = App(java, app_dir, workdir, free_port(avoid={neo4j_port}), neo4j_port)
    log(f"{name}: starting the app on port {app.port} (log {app.log_path})")
    took = app.start()
    log(f"{name}: app ready in {took:.1f} s")

    n = len(articles)
    faults = []
    if with_faults:
        length = max(1, round(n * args.outage_share))
        faults = [Fault("fault 1 (kill -9)", "kill", max(1, round(n * 0.3)), length, args.outage_seconds),
                  Fault("fault 2 (SIGTERM)", "stop", max(2, round(n * 0.6)), length, args.outage_seconds)]
        if faults[0].start + length > faults[1].start or faults[1].start + length > n:
            raise SetupError("too few articles for the fault plan")
    log(f"{name}: ingesting {n} articles with {args.workers} workers")
    results, ingest_seconds = ingest(app, articles, args.workers, neo4j, faults)
    if not app.alive() and not with_faults:
        raise SetupError(f"{name}: the app exited unexpectedly ({app.died}); see {app.log_path}")
    log(f"{name}: waiting up to {args.projection_timeout:.0f} s until every article is PROJECTED")
    waited_from = time.monotonic()
    final, projected_after, stats_errors = wait_projected(app, n, args.projection_timeout)
    if projected_after is not None:
        log(f"{name}: all {n} articles PROJECTED after {projected_after:.1f} s")
    else:
        log(f"{name}: NOT all articles PROJECTED within {args.projection_timeout:.0f} s: {final}")
    last_up = max([f.t_up for f in faults if f.t_up is not None], default=None)
    return {
        "name": name, "neo4j": neo4j, "app": app, "results": results, "ingest_seconds": ingest_seconds,
        "faults": faults, "stats": final, "projected_after": projected_after, "stats_errors": stats_errors,
        "projected_after_restart": (waited_from + projected_after - last_up)
        if projected_after is not None and last_up is not None else None,
    }


def shutdown(r):
    took_app = r["app"].stop()
    took_neo4j = r["neo4j"].stop()
    log(f"{r['name']}: app stopped in {took_app:.1f} s, Neo4j in {took_neo4j:.1f} s")


# --- report -------------------------------------------------------------------------------------

def ingest_summary(r):
    res = r["results"]
    lat = sorted(x["done"] - x["sent"] for x in res)
    return {
        "requests": len(res),
        "errors": sum(1 for x in res if x["error"]),
        "created": sum(1 for x in res if x["created"] is True),
        "pending": sum(1 for x in res if x["status"] == "PENDING"),
        "rate": len(res) / r["ingest_seconds"] if r["ingest_seconds"] else float("nan"),
        "p50": percentile(lat, 50) * 1000, "p99": percentile(lat, 99) * 1000, "max": (lat[-1] if lat else 0) * 1000,
    }


def fmt_counts(d):
    return " ".join(f"{k}={v}" for k, v in sorted(d.items())) if d else "(none)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="articles per run (default 1000)")
    parser.add_argument("--workers", type=int, default=4, help="ingestion threads (default 4)")
    parser.add_argument("--outage-seconds", type=float, default=10, help="how long Neo4j stays down per fault (10)")
    parser.add_argument("--outage-share", type=float, default=0.1,
                        help="share of the articles sent during each outage (default 0.1)")
    parser.add_argument("--projection-timeout", type=float, default=180,
                        help="longest wait for every article to be PROJECTED (default 180 s)")
    parser.add_argument("--read-seconds", type=float, default=120, help="read load duration (default 120; 0 skips)")
    parser.add_argument("--readers", type=int, default=16, help="read load threads (default 16)")
    parser.add_argument("--no-build", action="store_true", help="use target/ as it is")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (logs, data)")
    args = parser.parse_args()
    if args.articles < 10:
        parser.error("--articles must be at least 10")

    def on_signal(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, on_signal)

    tmp = None
    live = []
    checks = []  # (ok, text)

    def check(ok, text):
        checks.append((bool(ok), text))

    try:
        java_home = find_jdk()
        java = os.path.join(java_home, "bin", "java")
        log(f"JDK: {java_home} ({java_major(java)})")
        if not args.no_build:
            build(java_home)
        if not (REPO / "target" / "quarkus-app" / "quarkus-run.jar").exists():
            raise SetupError("target/quarkus-app/quarkus-run.jar is missing: run without --no-build")
        if not (REPO / "target" / "neo4j-server" / "lib").is_dir():
            raise SetupError("target/neo4j-server/lib is missing: run without --no-build")
        tmp = pathlib.Path(tempfile.mkdtemp(prefix="newsgraph-fault-load-"))
        log(f"temp dir {tmp}: copying target/quarkus-app and target/neo4j-server/lib")
        shutil.copytree(REPO / "target" / "quarkus-app", tmp / "app")
        (tmp / "app" / "quarkus-run.jar").rename(tmp / "app" / RUN_JAR)
        shutil.copytree(REPO / "target" / "neo4j-server" / "lib", tmp / "neo4j-lib")
        texts = load_texts()
        articles = build_articles(args.articles, texts)
        log(f"{len(articles)} distinct articles from {len(texts)} texts")

        base = run("baseline", tmp / "baseline", java, tmp / "app", tmp / "neo4j-lib", articles, args, False)
        live.append(base)
        shutdown(base)
        live.remove(base)
        fault = run("fault run", tmp / "fault", java, tmp / "app", tmp / "neo4j-lib", articles, args, True)
        live.append(fault)
        reads = None
        if args.read_seconds > 0 and fault["app"].alive():
            reads = read_load(fault["app"], fault["neo4j"], args.readers, args.read_seconds)
        shutdown(fault)
        live.remove(fault)

        # --- summary ---
        n = args.articles
        bi, fi = ingest_summary(base), ingest_summary(fault)
        out = []
        out.append("")
        out.append("=" * 100)
        out.append(f"newsgraph fault-load summary: {n} articles, {args.workers} writers, 2 faults x "
                   f"{args.outage_seconds:.0f} s, {args.readers} readers x {args.read_seconds:.0f} s")
        out.append("=" * 100)
        out.append("")
        out.append(f"{'Ingestion':<34}{'baseline':>20}{'fault run':>20}")
        rows = [("requests", "requests", "{:d}"), ("errors (non-200 / GraphQL)", "errors", "{:d}"),
                ("created = true", "created", "{:d}"), ("answered PENDING", "pending", "{:d}"),
                ("throughput (articles/s)", "rate", "{:.1f}"), ("latency p50 (ms)", "p50", "{:.0f}"),
                ("latency p99 (ms)", "p99", "{:.0f}"), ("latency max (ms)", "max", "{:.0f}")]
        for label, key, f in rows:
            out.append(f"  {label:<32}{f.format(bi[key]):>20}{f.format(fi[key]):>20}")
        def after(r):
            return "TIMEOUT" if r["projected_after"] is None else f"{r['projected_after']:.1f}"
        out.append(f"  {'all PROJECTED after ingestion (s)':<32}{after(base):>20}{after(fault):>20}")
        if fault["projected_after_restart"] is not None:
            out.append(f"  {'... after the last restart (s)':<32}{'':>20}{fault['projected_after_restart']:>20.1f}")
        first_errors = [x for x in base["results"] + fault["results"] if x["error"]][:5]
        for x in first_errors:
            out.append(f"    error on article {x['i']}: {x['error']}")

        out.append("")
        out.append("Faults")
        for f in fault["faults"]:
            if f.error or f.t_up is None:
                out.append(f"  {f.name}: FAILED: {f.error or 'not carried out'}")
                continue
            # sent while Neo4j was down; answered before it was about to be up again (its start-up
            # had begun but was at least a second from done): those cannot have reached the graph
            sent_down = [x for x in fault["results"] if f.t_down <= x["sent"] <= f.t_restart]
            answered_down = [x for x in sent_down if x["done"] <= f.t_up - 1.0]
            around = [x for x in fault["results"] if x["done"] >= f.t_begin and x["sent"] <= f.t_up]
            lat = sorted(x["done"] - x["sent"] for x in sent_down)
            f.sent_down, f.answered_down = sent_down, answered_down
            out.append(f"  {f.name} at article {f.start}: stop {f.stop_seconds:.1f} s, down "
                       f"{f.t_restart - f.t_down:.1f} s, restart {f.restart_seconds:.1f} s")
            out.append(f"    sent while down: {len(sent_down)} (errors {sum(1 for x in sent_down if x['error'])}, "
                       f"latency p50 {percentile(lat, 50) * 1000:.0f} ms, max {(lat[-1] if lat else 0) * 1000:.0f} ms);"
                       f" answered before it was up again: {len(answered_down)}, PENDING "
                       f"{sum(1 for x in answered_down if x['status'] == 'PENDING')}")
            out.append(f"    answered between the stop and up again: {len(around)}, PENDING "
                       f"{sum(1 for x in around if x['status'] == 'PENDING')}, errors "
                       f"{sum(1 for x in around if x['error'])}")

        recoveries = neo4j_recoveries(fault["neo4j"].home)
        out.append(f"  Neo4j transaction-log recoveries at start-up (debug.log): "
                   + (", ".join(f"{db}: {c}" for db, c in sorted(recoveries.items())) or "none"))

        out.append("")
        bs, fs = base["stats"] or {}, fault["stats"] or {}
        out.append(f"{'Graph (stats)':<22}{'baseline':>34}{'fault run':>34}  check")

        def row(label, bval, fval, ok):
            bval, fval = str(bval), str(fval)
            if len(bval) > 33 or len(fval) > 33:
                out.append(f"  {label:<20}{'':>68}  {'PASS' if ok else 'FAIL'}")
                out.append(f"    baseline:  {bval}")
                out.append(f"    fault run: {fval}")
            else:
                out.append(f"  {label:<20}{bval:>34}{fval:>34}  {'PASS' if ok else 'FAIL'}")
            check(ok, f"fault run {label} ({fval}) {'==' if ok else '!='} expected")

        stored_b = sum(bs.get("byStatus", {}).values())
        stored_f = sum(fs.get("byStatus", {}).values())
        row("stored articles", stored_b, stored_f, stored_b == n and stored_f == n)
        row("PENDING", bs.get("byStatus", {}).get("PENDING"), fs.get("byStatus", {}).get("PENDING"),
            bs.get("byStatus", {}).get("PENDING") == 0 and fs.get("byStatus", {}).get("PENDING") == 0)
        row("graphArticles", bs.get("graphArticles"), fs.get("graphArticles"),
            bs.get("graphArticles") == n and fs.get("graphArticles") == n)
        for key in ("entitiesByType", "relationsByType"):
            row(key, fmt_counts(bs.get(key)), fmt_counts(fs.get(key)), bs.get(key) is not None and bs.get(key) == fs.get(key))
        row("evidence", bs.get("evidence"), fs.get("evidence"),
            bs.get("evidence") is not None and bs.get("evidence") == fs.get("evidence"))
        row("factsChecksum", bs.get("factsChecksum"), fs.get("factsChecksum"),
            bs.get("factsChecksum") is not None and bs.get("factsChecksum") == fs.get("factsChecksum"))

        check(bi["errors"] == 0, f"baseline ingestion errors = {bi['errors']} (must be 0)")
        check(fi["errors"] == 0, f"fault run ingestion errors = {fi['errors']} (must be 0)")
        check(bi["created"] == n, f"baseline created = true for {bi['created']}/{n}")
        check(fi["created"] == n, f"fault run created = true for {fi['created']}/{n}")
        check(base["projected_after"] is not None, "baseline: every article PROJECTED within the timeout")
        check(fault["projected_after"] is not None, "fault run: every article PROJECTED within the timeout")
        for f in fault["faults"]:
            sent_down, answered_down = getattr(f, "sent_down", []), getattr(f, "answered_down", [])
            ok = (f.t_up is not None and f.error is None and answered_down
                  and not any(x["error"] for x in sent_down)
                  and all(x["status"] == "PENDING" for x in answered_down))
            check(ok, f"{f.name}: Neo4j down and up again; {len(sent_down)} articles sent while down stored "
                      f"without error, {len(answered_down)} answered before it was up, all PENDING")
        for r in (base, fault):
            check(r["app"].died is None, f"{r['name']}: the app stayed up until stopped"
                  + (f" (it exited: {r['app'].died})" if r["app"].died else ""))

        if reads is not None:
            samples, elapsed, rss = reads
            out.append("")
            out.append(f"Read load: {args.readers} readers, {elapsed:.0f} s, on the fault run's app "
                       f"({fs.get('graphArticles')} articles in the graph)")
            out.append(f"  {'query':<12}{'requests':>10}{'errors':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}")
            for kind in list(READ_QUERIES) + ["all"]:
                mine = [s for s in samples if kind == "all" or s[0] == kind]
                lat = sorted(s[1] for s in mine)
                errs = sum(1 for s in mine if s[2])
                out.append(f"  {kind:<12}{len(mine):>10}{errs:>8}{len(mine) / elapsed:>9.1f}"
                           f"{percentile(lat, 50) * 1000:>9.1f}{percentile(lat, 99) * 1000:>9.1f}"
                           f"{(lat[-1] if lat else float('nan')) * 1000:>9.1f}")
            total_errors = sum(1 for s in samples if s[2])
            for s in [s for s in samples if s[2]][:5]:
                out.append(f"    error ({s[0]}): {s[2]}")
            out.append(f"  app RSS (VmRSS): start {rss['start']:.0f} MB, end {rss['end']:.0f} MB, "
                       f"peak {rss['peak']:.0f} MB")
            out.append(f"  CPU used meanwhile: app {rss['app_cpu']:.0f} s, Neo4j {rss['neo4j_cpu']:.0f} s of "
                       f"{elapsed * (os.cpu_count() or 1):.0f} s ({os.cpu_count()} cores); machine load average "
                       f"{rss['load'][0]:.1f} -> {rss['load'][1]:.1f}")
            check(total_errors == 0, f"read load errors = {total_errors} of {len(samples)} requests (must be 0)")
            check(len(samples) > 0, "read load made requests")

        out.append("")
        out.append("App logs")
        for r in (base, fault):
            counts, errors = scan_log(r["app"].log_path)
            out.append(f"  {r['name']:<10} " + ", ".join(f"{k}: {v}" for k, v in counts.items()))
            for line in errors[:3]:
                out.append(f"    {line}")
            if r["stats_errors"]:
                out.append(f"    stats query errors while waiting for projection: {len(r['stats_errors'])}, "
                           f"first: {r['stats_errors'][0]}")

        out.append("")
        out.append("Checks")
        for ok, text in checks:
            out.append(f"  {'PASS' if ok else 'FAIL'}  {text}")
        passed = sum(1 for ok, _ in checks if ok)
        out.append("")
        out.append(f"RESULT: {'PASS' if passed == len(checks) else 'FAIL'} ({passed}/{len(checks)} checks passed)"
                   f", total time {time.monotonic() - T0:.0f} s")
        if args.keep:
            out.append(f"kept: {tmp}")
        print("\n".join(out), flush=True)
        return 0 if passed == len(checks) else 1
    except SetupError as e:
        log(f"SETUP FAILED: {e}")
        return 2
    except KeyboardInterrupt:
        log("interrupted: stopping")
        return 130
    finally:
        STOP.set()
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for _, proc in sorted(RUNNING, key=lambda kp: kp[0] != "app"):  # the apps first, then Neo4j
            try:
                stop_process(proc, 30)
            except Exception as e:  # noqa: BLE001
                print(f"could not stop pid {proc.pid}: {e}", file=sys.stderr)
        if tmp is not None and not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        elif tmp is not None:
            log(f"kept {tmp}")


if __name__ == "__main__":
    sys.exit(main())
