#!/usr/bin/env python3
"""End-to-end ingestion benchmark: N realistic articles through each way in, into a fresh service, H2 store and
Neo4j each time, on this machine.

The articles are the texts of the project's gold set (eval/articles and ../shared/eval/articles, 2-5 KB of real
news prose each), every copy made unique by a "Reference NNNN." sentence, as the fault script makes them. Ways in:
  batch   the ingestArticles mutation, batches of 50 from --writers threads;
  import  the import command (dev.newsgraph.importer.ArticleImport) on a JSON Lines file of the articles;
  kafka   the stream: a local Kafka broker (KRaft, target/kafka-broker/lib), the articles produced to its topic,
          the service consuming them.
For each way it prints articles per second from the first article sent to the last one in the graph (all
PROJECTED, none lost or doubled), the CPU seconds the service and Neo4j used, and the service's own time by
stage from its metrics (newsgraph_ingest_stage_seconds: store, extract, project, mark).

Usage: python3 scripts/bench-ingest.py [--articles 10000] [--ways batch,import,kafka] [--writers 2] [--no-build]
"""
import argparse
import concurrent.futures
import http.client
import importlib.util
import json
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = pathlib.Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("fault_load", HERE / "fault-load.py")
fl = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fl)
REPO = fl.REPO
log = fl.log

INGEST = "mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { created error } }"
STAGES = ("store", "extract", "project", "mark")


class Kafka:
    """A single KRaft broker as a child process, in the run's folder."""

    def __init__(self, java, lib, home):
        self.java, self.lib, self.home = java, lib, home
        self.port = fl.free_port()
        self.proc = None

    def start(self, timeout=90):
        controller = fl.free_port(avoid={self.port})
        self.home.mkdir(parents=True)
        config = self.home / "server.properties"
        config.write_text("\n".join([
            "process.roles=broker,controller", "node.id=1", f"controller.quorum.voters=1@127.0.0.1:{controller}",
            f"listeners=PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{controller}",
            f"advertised.listeners=PLAINTEXT://127.0.0.1:{self.port}", "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT", f"log.dirs={self.home / 'data'}",
            "num.partitions=2", "offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1", "group.initial.rebalance.delay.ms=0"]) + "\n")
        cp = f"{self.lib}/*"
        cluster = subprocess.run([self.java, "-cp", cp, "kafka.tools.StorageTool", "random-uuid"],
                                 capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
        subprocess.run([self.java, "-cp", cp, "kafka.tools.StorageTool", "format", "-t", cluster, "-c", str(config)],
                       capture_output=True, check=True)
        out = open(self.home / "broker.log", "ab")
        self.proc = subprocess.Popen([self.java, "-Xmx384m", "-XX:+UseSerialGC", "-cp", cp, "kafka.Kafka", str(config)],
                                     stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        out.close()
        fl.RUNNING.append(("kafka", self.proc))
        deadline = time.monotonic() + timeout
        while not fl.port_open(self.port):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise fl.SetupError(f"the Kafka broker did not start; see {self.home / 'broker.log'}")
            time.sleep(0.2)

    def bootstrap(self):
        return f"127.0.0.1:{self.port}"

    def stop(self):
        if self.proc is not None:
            fl.stop_process(self.proc, 30)


def stage_seconds(app):
    """The service's time per ingestion stage so far: {stage: (seconds, count)}."""
    conn = http.client.HTTPConnection("127.0.0.1", app.management_port, timeout=30)
    try:
        conn.request("GET", "/q/metrics")
        text = conn.getresponse().read().decode("utf-8", "replace")
    finally:
        conn.close()
    out = {}
    for stage in STAGES:
        total = re.search(r'newsgraph_ingest_stage_seconds_sum\{[^}]*stage="%s"[^}]*\} ([0-9.eE+-]+)' % stage, text)
        count = re.search(r'newsgraph_ingest_stage_seconds_count\{[^}]*stage="%s"[^}]*\} ([0-9.eE+-]+)' % stage, text)
        out[stage] = (float(total.group(1)) if total else 0.0, int(float(count.group(1))) if count else 0)
    return out


def send_batches(app, articles, writers):
    """ingestArticles, 50 per call, from `writers` threads taking the next batch in turn; returns errors."""
    batches = [articles[i:i + 50] for i in range(0, len(articles), 50)]
    lock = threading.Lock()
    errors = []
    position = [0]

    def writer():
        client = fl.Client(app.port, token=fl.WRITER_TOKEN)
        while True:
            with lock:
                if position[0] >= len(batches):
                    break
                batch = batches[position[0]]
                position[0] += 1
            data, error = client.graphql(INGEST, {"inputs": batch})
            if error or any(item["error"] for item in data["ingestArticles"]):
                with lock:
                    errors.append(error or "refused: " + str([i["error"] for i in data["ingestArticles"] if i["error"]]))
        client.close()

    with concurrent.futures.ThreadPoolExecutor(writers) as pool:
        for f in [pool.submit(writer) for _ in range(writers)]:
            f.result()
    return errors


def run_way(way, args, java, app_dir, tmp, articles, jsonl):
    workdir = tmp / way
    workdir.mkdir()
    neo4j = fl.Neo4j(java, tmp / "neo4j-lib", workdir / "neo4j", fl.free_port())
    kafka = None
    app = None
    try:
        neo4j.start()
        settings = {}
        if way == "kafka":
            kafka = Kafka(java, REPO / "target" / "kafka-broker" / "lib", workdir / "kafka")
            kafka.start()
            settings = {"newsgraph.stream.enabled": "true", "kafka.bootstrap.servers": kafka.bootstrap()}
        app = fl.App(java, app_dir, workdir, fl.free_port(avoid={neo4j.port}), neo4j.port, settings)
        app.start()
        log(f"{way}: service and Neo4j up; sending {len(articles)} articles")
        cpu_app, cpu_neo4j = fl.cpu_seconds(app.proc.pid), fl.cpu_seconds(neo4j.proc.pid)
        started = time.monotonic()
        errors = []
        if way == "batch":
            errors = send_batches(app, articles, args.writers)
        elif way == "import":
            cp = f"{app_dir / 'app'}/*:{app_dir / 'lib' / 'main'}/*"
            proc = subprocess.run([java, "-cp", cp, "dev.newsgraph.importer.ArticleImport", str(jsonl),
                                   "--url", f"http://127.0.0.1:{app.port}/graphql", "--key", fl.WRITER_TOKEN,
                                   "--restart"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            print(proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else "(no output)")
            if proc.returncode != 0:
                errors.append(f"import exited with {proc.returncode}")
        else:
            proc = subprocess.run([java, "-cp", f"{REPO / 'target' / 'kafka-broker' / 'lib'}/*",
                                   str(HERE / "KafkaProduce.java"), kafka.bootstrap(), "articles", str(jsonl)],
                                  capture_output=True, text=True)
            if proc.returncode != 0:
                errors.append("producing failed: " + proc.stderr[-300:])
        sent = time.monotonic() - started
        stats, waited, wait_errors = fl.wait_projected(app, len(articles), args.projection_timeout)
        total = time.monotonic() - started
        cpu_app = fl.cpu_seconds(app.proc.pid) - cpu_app
        cpu_neo4j = fl.cpu_seconds(neo4j.proc.pid) - cpu_neo4j
        stages = stage_seconds(app)
        ok = waited is not None and not errors
        return {"way": way, "ok": ok, "errors": errors + wait_errors[:3], "seconds": total, "sent": sent,
                "rate": len(articles) / total, "cpu_app": cpu_app, "cpu_neo4j": cpu_neo4j, "stages": stages,
                "stats": stats}
    finally:
        if app is not None:
            app.stop()
        if kafka is not None:
            kafka.stop()
        neo4j.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--ways", default="batch,import,kafka")
    parser.add_argument("--writers", type=int, default=2, help="threads for the batch way (default 2)")
    parser.add_argument("--projection-timeout", type=float, default=1800)
    parser.add_argument("--no-build", action="store_true", help="use target/ as it is")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (logs, data)")
    args = parser.parse_args()
    ways = [w.strip() for w in args.ways.split(",") if w.strip()]
    if any(w not in ("batch", "import", "kafka") for w in ways):
        parser.error("--ways takes batch, import and kafka")

    def on_signal(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, on_signal)

    tmp = None
    results = []
    try:
        java_home = fl.find_jdk()
        java = f"{java_home}/bin/java"
        if not args.no_build:
            fl.build(java_home)
        for needed in ("quarkus-app/quarkus-run.jar", "neo4j-server/lib", "kafka-broker/lib"):
            if not (REPO / "target" / needed).exists():
                raise fl.SetupError(f"target/{needed} is missing: run without --no-build")
        tmp = pathlib.Path(tempfile.mkdtemp(prefix="newsgraph-bench-ingest-"))
        shutil.copytree(REPO / "target" / "quarkus-app", tmp / "app")
        (tmp / "app" / "quarkus-run.jar").rename(tmp / "app" / fl.RUN_JAR)
        shutil.copytree(REPO / "target" / "neo4j-server" / "lib", tmp / "neo4j-lib")
        articles = fl.build_articles(args.articles, fl.load_texts())
        for a in articles:
            a["url"] = a["url"].replace("fault-load", "bench-ingest")
        jsonl = tmp / "articles.jsonl"
        jsonl.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        size = sum(len(a["text"]) for a in articles)
        log(f"{len(articles)} distinct articles, {size / len(articles) / 1000:.1f} KB of text each on average")
        for way in ways:
            r = run_way(way, args, java, tmp / "app", tmp, articles, jsonl)
            results.append(r)
            log(f"{way}: {'ok' if r['ok'] else 'FAILED ' + '; '.join(r['errors'])}: {r['rate']:.1f} articles/s")
    except fl.SetupError as e:
        log(f"setup failed: {e}")
        return 2
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    finally:
        for _, proc in reversed(fl.RUNNING):
            if proc.poll() is None:
                fl.stop_process(proc, 20)
        if tmp is not None and not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        elif tmp is not None:
            log(f"kept {tmp}")

    print(f"\n{args.articles} articles, end to end (first sent -> last in the graph), 2 cores shared by all:")
    print(f"{'way':8} {'articles/s':>10} {'seconds':>8} {'app CPU s':>9} {'Neo4j CPU s':>11}   "
          + "  ".join(f"{s} s (ms/article)" for s in STAGES))
    for r in results:
        n = args.articles
        stages = "  ".join(f"{r['stages'][s][0]:7.1f} ({1000 * r['stages'][s][0] / n:5.1f})" for s in STAGES)
        print(f"{r['way']:8} {r['rate']:10.1f} {r['seconds']:8.1f} {r['cpu_app']:9.1f} {r['cpu_neo4j']:11.1f}   "
              f"{stages}{'' if r['ok'] else '   FAILED'}")
    return 0 if results and all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
