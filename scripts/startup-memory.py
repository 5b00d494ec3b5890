#!/usr/bin/env python3
"""Start-up time and memory of the packaged newsgraph.

Starts the packaged application (JVM: target/quarkus-app/quarkus-run.jar; --native: target/*-runner)
against a Neo4j (--neo4j-uri, or a local one this script starts from target/neo4j-server/lib), then
reports the time from process start to the first answered GraphQL request, and the RSS of the process
after that and after 1,000 requests. Build first: ./mvnw package -DskipTests (or -Dnative).

Usage: python3 scripts/startup-memory.py [--native] [--neo4j-uri bolt://host:port] [--requests 1000]
"""
import argparse
import glob
import json
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening(port):
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def java():
    home = os.environ.get("JAVA_HOME")
    return os.path.join(home, "bin", "java") if home else "java"


def rss_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def graphql(port, query):
    body = json.dumps({"query": query}).encode()
    req = urllib.request.Request("http://127.0.0.1:%d/graphql" % port, data=body,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        reply = json.load(r)
    if reply.get("errors"):
        raise RuntimeError(reply["errors"])
    return reply["data"]


def start_neo4j(tmp):
    lib = ROOT / "target" / "neo4j-server" / "lib"
    if not lib.is_dir():
        sys.exit("no Neo4j jars in %s: run ./mvnw package -DskipTests first, or pass --neo4j-uri" % lib)
    port = free_port()
    home = tmp / "neo4j"
    home.mkdir()
    cmd = [java(), "-Xmx512m", "-cp", str(lib) + "/*", "org.neo4j.server.Neo4jCommunity", "--home-dir=%s" % home]
    for setting in ("server.bolt.listen_address=127.0.0.1:%d" % port, "server.bolt.advertised_address=127.0.0.1:%d" % port,
                    "server.http.enabled=false", "server.https.enabled=false", "dbms.security.auth_enabled=false",
                    "internal.dbms.bolt.netty_server_shutdown_quiet_period_duration=0s"):
        cmd += ["-c", setting]
    proc = subprocess.Popen(cmd, stdout=open(tmp / "neo4j.out", "w"), stderr=subprocess.STDOUT)
    deadline = time.time() + 120
    log = home / "logs" / "neo4j.log"
    while time.time() < deadline:
        if listening(port) and log.exists() and "Started." in log.read_text():
            return proc, "bolt://127.0.0.1:%d" % port
        if proc.poll() is not None:
            sys.exit("Neo4j exited during start-up; see %s" % (tmp / "neo4j.out"))
        time.sleep(0.2)
    proc.kill()
    sys.exit("Neo4j did not start in 120 s")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--native", action="store_true", help="run target/*-runner instead of the JVM jar")
    ap.add_argument("--neo4j-uri", help="a running Neo4j (default: start a local one)")
    ap.add_argument("--requests", type=int, default=1000)
    ap.add_argument("--no-samples", action="store_true", help="start with an empty store (no sample loading)")
    a = ap.parse_args()

    tmp = pathlib.Path(tempfile.mkdtemp(prefix="newsgraph-startup-"))
    neo4j = None
    app = None
    try:
        uri = a.neo4j_uri
        if not uri:
            neo4j, uri = start_neo4j(tmp)
        port = free_port()
        props = ["-Dquarkus.http.port=%d" % port, "-Dquarkus.neo4j.uri=%s" % uri, "-Dnewsgraph.neo4j.local.enabled=false",
                 "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:%s/db/newsgraph" % tmp, "-Dnewsgraph.samples.load=%s" % ("false" if a.no_samples else "true")]
        if a.native:
            runners = glob.glob(str(ROOT / "target" / "*-runner"))
            if not runners:
                sys.exit("no native executable in target/: build with ./mvnw package -Dnative -DskipTests")
            cmd = [runners[0]] + props
            mode = "native"
        else:
            jar = ROOT / "target" / "quarkus-app" / "quarkus-run.jar"
            if not jar.exists():
                sys.exit("no %s: build with ./mvnw package -DskipTests" % jar)
            cmd = [java()] + props + ["-jar", str(jar)]
            mode = "JVM (%s)" % java()
        started = time.time()
        app = subprocess.Popen(cmd, stdout=open(tmp / "app.log", "w"), stderr=subprocess.STDOUT)
        first = None
        while time.time() - started < 180:
            if app.poll() is not None:
                sys.exit("the application exited; see %s" % (tmp / "app.log"))
            try:
                graphql(port, "{ articles(first: 1) { totalCount } }")
                first = time.time() - started
                break
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(0.01)
        if first is None:
            sys.exit("no GraphQL answer within 180 s")
        rss_first = rss_mb(app.pid)
        queries = ["{ articles(first: 10) { totalCount edges { node { title entities(first: 5) { entity { name } } } } } }",
                   "{ search(text: \"NATO\") { entity { name relations { type other { name } } } } }",
                   "{ entity(id: \"country:US\") { name articles(first: 5) { title } } }",
                   "{ extract(text: \"French President Emmanuel Macron met with German Chancellor Friedrich Merz in Paris.\") { entities { name } } }"]
        t0 = time.time()
        for i in range(a.requests):
            graphql(port, queries[i % len(queries)])
        elapsed = time.time() - t0
        rss_after = rss_mb(app.pid)
        print("mode:                         %s" % mode)
        print("first answered GraphQL request: %.2f s after process start (%s)" % (
            first, "empty store" if a.no_samples else "fresh graph schema and samples loaded on this first start"))
        print("RSS at first answer:          %.0f MB" % rss_first)
        print("%d sequential requests:      %.1f s (%.0f req/s)" % (a.requests, elapsed, a.requests / elapsed))
        print("RSS after %d requests:       %.0f MB" % (a.requests, rss_after))
        return 0
    finally:
        for proc in (app, neo4j):
            if proc and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
