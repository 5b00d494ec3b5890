#!/usr/bin/env node
// newsgraph's GraphQL API against an @neo4j/graphql peer, on one Neo4j with one synthetic graph.
// See README.md. Usage:
//   node bench/run.mjs [--articles 10000] [--entities 50000] [--seconds 8] [--warmup 2] [--server-warmup 90]
//                      [--concurrency 1,8,32] [--skip-peer] [--no-build] [--queries a,b] [--seed s] [--keep] [--hold]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import * as procs from "./lib/procs.mjs";
import { log } from "./lib/procs.mjs";
import { QUERY_NAMES } from "./lib/queries.mjs";

// The queries that read facts and their evidence, which --no-facts does not load.
const FACT_QUERIES = ["relationsOneType", "relationsAll", "network2", "agreementsOfParty"];

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(BENCH);

// --- options ---------------------------------------------------------------------------------------
class UsageError extends Error {}
const DEFAULTS = { articles: 10000, entities: 50000, seconds: 8, warmup: 2, serverWarmup: 90, concurrency: "1,8,32", seed: "newsgraph-bench",
    neo4jHeap: "1g", pagecache: "512m", heap: "1g" };
function parseArgs(argv) {
    const o = { ...DEFAULTS, skipPeer: false, build: true, install: true, keep: false, queries: null, facts: true,
        out: path.join(BENCH, "results.md") };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const val = () => {
            const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
            if (v === undefined) throw new UsageError(`${a} needs a value`);
            return v;
        };
        const name = a.split("=")[0];
        switch (name) {
            case "--articles": o.articles = posInt(name, val()); break;
            case "--entities": o.entities = posInt(name, val()); break;
            case "--seconds": o.seconds = posNum(name, val()); break;
            case "--warmup": o.warmup = Number(val()); break;
            case "--server-warmup": o.serverWarmup = Number(val()); break;
            case "--concurrency": o.concurrency = val(); break;
            case "--seed": o.seed = val(); break;
            case "--queries": o.queries = val().split(",").map((s) => s.trim()).filter(Boolean); break;
            case "--skip-peer": o.skipPeer = true; break;
            case "--no-build": o.build = false; break;
            case "--no-install": o.install = false; break;
            case "--keep": o.keep = true; break;
            case "--no-facts": o.facts = false; break;
            case "--neo4j-heap": o.neo4jHeap = memory(name, val()); break;
            case "--pagecache": o.pagecache = memory(name, val()); break;
            case "--heap": o.heap = memory(name, val()); break;
            case "--out": o.out = path.resolve(val()); break;
            case "--hold": o.hold = true; break;
            case "-h": case "--help":
                console.log(fs.readFileSync(path.join(BENCH, "README.md"), "utf8"));
                process.exit(0);
            // falls through (unreachable)
            default: throw new UsageError(`unknown option ${a}`);
        }
    }
    const unknown = (o.queries ?? []).filter((n) => !QUERY_NAMES.includes(n));
    if (unknown.length) throw new UsageError(`unknown queries ${unknown.join(", ")}; known: ${QUERY_NAMES.join(", ")}`);
    o.levels = String(o.concurrency).split(",").map((s) => posInt("--concurrency", s.trim()));
    if (o.entities < 100) throw new UsageError("--entities must be at least 100");
    if (o.articles < 20) throw new UsageError("--articles must be at least 20");
    return o;
}
function memory(name, v) {
    if (!/^[1-9][0-9]*[mg]$/.test(v)) throw new UsageError(`${name} must be a size such as 512m or 4g, got ${v}`);
    return v;
}
function posInt(name, v) {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive integer, got ${v}`);
    return n;
}
function posNum(name, v) {
    const n = Number(v);
    if (!(n > 0)) throw new UsageError(`${name} must be a positive number, got ${v}`);
    return n;
}

// --- clean-up: always, also on Ctrl-C and errors ---------------------------------------------------
let tmpDir = null;
let keepTmp = false;
let cleaning = null;
async function cleanup() {
    cleaning ??= (async () => {
        await procs.stopAll();
        if (tmpDir && !keepTmp) fs.rmSync(tmpDir, { recursive: true, force: true });
        else if (tmpDir) log(`kept ${tmpDir}`);
    })();
    return cleaning;
}
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(sig, async () => {
        log(`${sig}: stopping everything`);
        await cleanup();
        process.exit(130);
    });
}
process.on("exit", () => {
    procs.killAllSync();
    if (tmpDir && !keepTmp) fs.rmSync(tmpDir, { recursive: true, force: true });
});

// --- steps -----------------------------------------------------------------------------------------
function npmCi() {
    const t = Date.now();
    log("npm ci (bench dependencies, pinned in package-lock.json)");
    const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: BENCH, stdio: "inherit" });
    if (r.status !== 0) throw new Error("npm ci failed");
    log(`npm ci done in ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

function build(javaHome) {
    const t = Date.now();
    log(`building newsgraph: ./mvnw -q -B -DskipTests package (JAVA_HOME=${javaHome})`);
    const r = spawnSync("./mvnw", ["-q", "-B", "-DskipTests", "package"], {
        cwd: REPO, stdio: "inherit", env: { ...process.env, JAVA_HOME: javaHome },
    });
    if (r.status !== 0) throw new Error("the newsgraph build failed");
    log(`built in ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

async function startNeo4j(java, neo4jLib, home, opts) {
    const port = await procs.freePort();
    fs.mkdirSync(home, { recursive: true });
    const p = procs.start("neo4j", java, [
        `-Xmx${opts.neo4jHeap}`, "-cp", `${neo4jLib}/*`, "org.neo4j.server.Neo4jCommunity", `--home-dir=${home}`,
        "-c", `server.bolt.listen_address=127.0.0.1:${port}`, "-c", `server.bolt.advertised_address=127.0.0.1:${port}`,
        "-c", "server.http.enabled=false", "-c", "server.https.enabled=false", "-c", "dbms.security.auth_enabled=false",
        "-c", `server.memory.pagecache.size=${opts.pagecache}`, "-c", "internal.dbms.bolt.netty_server_shutdown_quiet_period_duration=0s",
    ], { logFile: path.join(path.dirname(home), "neo4j-console.log") });
    const neo4jLog = path.join(home, "logs", "neo4j.log");
    await procs.waitFor(p, "Bolt port and 'Started.'", async () =>
        (await procs.portAnswers(port)) && fs.existsSync(neo4jLog) && fs.readFileSync(neo4jLog, "utf8").includes("Started."), 180000);
    p.port = port;
    return p;
}

async function startNewsgraph(java, appDir, tmp, boltPort, opts) {
    const port = await procs.freePort();
    // Health and metrics are on the management port, not the public one.
    const managementPort = await procs.freePort();
    // AUTO_SERVER lets the bench write the article rows while the service holds the H2 database.
    const jdbcUrl = `jdbc:h2:file:${tmp}/db/newsgraph;AUTO_SERVER=TRUE`;
    const p = procs.start("newsgraph", java, [
        `-Xmx${opts.heap}`, `-Dquarkus.http.port=${port}`, "-Dquarkus.http.host=127.0.0.1", `-Dquarkus.management.port=${managementPort}`,
        "-Dquarkus.management.host=127.0.0.1", "-Dnewsgraph.neo4j.local.enabled=false",
        `-Dquarkus.neo4j.uri=bolt://127.0.0.1:${boltPort}`, `-Dquarkus.datasource.jdbc.url=${jdbcUrl}`,
        "-Dnewsgraph.samples.load=false", "-jar", path.join(appDir, RUN_JAR),
    ], { cwd: tmp, logFile: path.join(tmp, "newsgraph.log") });
    const { get } = await import("./lib/client.mjs");
    await procs.waitFor(p, "/q/health/ready", async () => (await get(`http://127.0.0.1:${managementPort}/q/health/ready`)).status === 200, 180000);
    p.port = port;
    p.managementPort = managementPort;
    p.url = `http://127.0.0.1:${port}/graphql`;
    p.jdbcUrl = jdbcUrl;
    return p;
}

async function startPeer(tmp, boltPort) {
    const port = await procs.freePort();
    const p = procs.start("peer", process.execPath, [path.join(BENCH, "peer", "server.mjs")], {
        cwd: BENCH, logFile: path.join(tmp, "peer.log"),
        env: { NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, PORT: String(port), NODE_ENV: "production" },
    });
    const { graphql, agent } = await import("./lib/client.mjs");
    const a = agent(1);
    await procs.waitFor(p, "an answer to { __typename }", async () => {
        if (!(await procs.portAnswers(port))) return false;
        const r = await graphql(`http://127.0.0.1:${port}/graphql`, "{ __typename }", {}, a);
        return r.status === 200 && r.data?.__typename === "Query";
    }, 60000);
    a.destroy();
    p.port = port;
    p.url = `http://127.0.0.1:${port}/graphql`;
    return p;
}

async function cypherCount(managementPort) {
    const { get } = await import("./lib/client.mjs");
    const { body } = await get(`http://127.0.0.1:${managementPort}/q/metrics`);
    const m = body.match(/^newsgraph_cypher_queries_total(?:\{[^}]*\})?\s+(\S+)/m);
    return m ? Number(m[1]) : 0; // the counter appears with the first statement
}

const RUN_JAR = "newsgraph-bench-run.jar";

// --- checking both sides answer the same --------------------------------------------------------------
async function verify(q, ng, peer, agentFor) {
    const { graphql } = await import("./lib/client.mjs");
    const inputs = Array.from({ length: 6 }, () => q.input());
    const rows = [];
    for (const input of inputs) {
        const a = await graphql(ng.url, q.newsgraph.query, q.newsgraph.vars(input), agentFor);
        if (a.errors || !a.data) return { ok: false, detail: `newsgraph error for ${JSON.stringify(input)}: ${JSON.stringify(a.errors).slice(0, 400)}` };
        let na;
        try {
            na = q.newsgraph.norm(a.data);
        } catch (e) {
            return { ok: false, detail: `newsgraph answer for ${JSON.stringify(input)} not as expected (${e.message}): ${JSON.stringify(a.data).slice(0, 300)}` };
        }
        rows.push(na.length);
        if (!q.peer || !peer) continue;
        const b = await graphql(peer.url, q.peer.query, q.peer.vars(input), agentFor);
        if (b.errors || !b.data) return { ok: false, detail: `peer error for ${JSON.stringify(input)}: ${JSON.stringify(b.errors).slice(0, 400)}` };
        let nb;
        try {
            nb = q.peer.norm(b.data);
        } catch (e) {
            return { ok: false, detail: `peer answer for ${JSON.stringify(input)} not as expected (${e.message}): ${JSON.stringify(b.data).slice(0, 300)}` };
        }
        if (JSON.stringify(na) !== JSON.stringify(nb)) {
            return {
                ok: false,
                detail: `input ${JSON.stringify(input)}:\n      newsgraph ${JSON.stringify(na).slice(0, 500)}\n      peer      ${JSON.stringify(nb).slice(0, 500)}`,
            };
        }
    }
    return { ok: true, detail: `${inputs.length} inputs, ${Math.min(...rows)}-${Math.max(...rows)} rows each` };
}

// --- output ------------------------------------------------------------------------------------------
const f0 = (x) => (x === null || x === undefined || Number.isNaN(x) ? "-" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const fr = (x) => (x === null || x === undefined || !Number.isFinite(x) ? "-" : x.toFixed(2));

function tableRows(q, results, levels, peerShown) {
    const head = ["conc", "ng req/s", "ng p50 ms", "ng p99 ms", "Cypher/req", "ng CPU ms/req", "Neo4j CPU ms/req (ng)",
        "peer req/s", "peer p50 ms", "peer p99 ms", "peer CPU ms/req", "Neo4j CPU ms/req (peer)",
        "req/s ng/peer", "p50 ng/peer", "p99 ng/peer"];
    const rows = levels.map((c) => {
        const n = results[q.name]?.newsgraph?.[c];
        const p = peerShown ? results[q.name]?.peer?.[c] : null;
        const errs = (x) => (x && x.errors ? ` (${x.errors} err)` : "");
        return [String(c), n ? f0(n.rps) + errs(n) : "-", n ? f0(n.p50) : "-", n ? f0(n.p99) : "-", n ? fr(n.cypherPerRequest) : "-",
            n ? fr(n.serverCpuMs) : "-", n ? fr(n.neo4jCpuMs) : "-",
            p ? f0(p.rps) + errs(p) : "-", p ? f0(p.p50) : "-", p ? f0(p.p99) : "-", p ? fr(p.serverCpuMs) : "-", p ? fr(p.neo4jCpuMs) : "-",
            n && p ? fr(n.rps / p.rps) : "-", n && p ? fr(n.p50 / p.p50) : "-", n && p ? fr(n.p99 / p.p99) : "-"];
    });
    return { head, rows };
}

function printTable({ head, rows }) {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => "  " + cells.map((c, i) => c.padStart(widths[i])).join("  ");
    console.log(line(head));
    rows.forEach((r) => console.log(line(r)));
}

function mdTable({ head, rows }) {
    return [`| ${head.join(" | ")} |`, `|${head.map(() => "---:").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

// --- main --------------------------------------------------------------------------------------------
async function main() {
    const opts = parseArgs(process.argv.slice(2));
    keepTmp = opts.keep;
    const startedAt = new Date();
    if (opts.install) npmCi();
    const { default: neo4j } = await import("neo4j-driver");
    const { generate } = await import("./lib/data.mjs");
    const { loadGraph, loadStore } = await import("./lib/loader.mjs");
    const { querySet } = await import("./lib/queries.mjs");
    const { drive, agent } = await import("./lib/client.mjs");

    const javaHome = procs.pickJavaHome();
    const java = path.join(javaHome, "bin", "java");
    if (opts.build) build(javaHome);
    for (const needed of ["target/quarkus-app/quarkus-run.jar", "target/neo4j-server/lib"]) {
        if (!fs.existsSync(path.join(REPO, needed))) throw new Error(`${needed} is missing: run without --no-build`);
    }

    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-bench-"));
    log(`temp dir ${tmpDir}`);
    // Copies, so that another build in the repository cannot change the jars under a running server;
    // the runner jar gets its own name, so that a broad `pkill -f quarkus-run.jar` elsewhere spares it.
    const appDir = path.join(tmpDir, "app");
    fs.cpSync(path.join(REPO, "target/quarkus-app"), appDir, { recursive: true });
    fs.renameSync(path.join(appDir, "quarkus-run.jar"), path.join(appDir, RUN_JAR));
    const neo4jLib = path.join(tmpDir, "neo4j-lib");
    fs.cpSync(path.join(REPO, "target/neo4j-server/lib"), neo4jLib, { recursive: true });
    const h2Jar = fs.readdirSync(path.join(appDir, "lib/main")).find((f) => /^com\.h2database\.h2-.*\.jar$/.test(f));

    let t = Date.now();
    const db = await startNeo4j(java, neo4jLib, path.join(tmpDir, "neo4j"), opts);
    log(`Neo4j up on bolt port ${db.port} (pid ${db.pid}) in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    t = Date.now();
    const ng = await startNewsgraph(java, appDir, tmpDir, db.port, opts);
    log(`newsgraph up on port ${ng.port} (pid ${ng.pid}) in ${((Date.now() - t) / 1000).toFixed(0)} s; graph schema applied`);

    t = Date.now();
    const data = generate({ articles: opts.articles, entities: opts.entities, seed: opts.seed, facts: opts.facts });
    log(`generated ${data.articles.length} articles, ${data.entities.length} entities, ${data.mentions.length} mentions, `
        + `${data.facts.length} facts, ${data.evidence.length} evidence in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const driver = neo4j.driver(`bolt://127.0.0.1:${db.port}`, neo4j.auth.basic("neo4j", "unused"));
    let loadSeconds, storeSeconds;
    try {
        t = Date.now();
        log("loading the graph into Neo4j (UNWIND batches of 5000)");
        await loadGraph(driver, data, log);
        loadSeconds = (Date.now() - t) / 1000;
        log(`graph loaded in ${loadSeconds.toFixed(1)} s`);
    } finally {
        await driver.close();
    }
    t = Date.now();
    loadStore({ java, h2Jar: path.join(appDir, "lib/main", h2Jar), jdbcUrl: ng.jdbcUrl, articles: data.articles, scriptFile: path.join(tmpDir, "articles.sql") });
    storeSeconds = (Date.now() - t) / 1000;
    log(`article store (H2) filled in ${storeSeconds.toFixed(1)} s`);

    let peer = null;
    if (!opts.skipPeer) {
        t = Date.now();
        peer = await startPeer(tmpDir, db.port);
        log(`peer up on port ${peer.port} (pid ${peer.pid}) in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    }

    let queries = querySet(data);
    if (!opts.facts) {
        queries = queries.filter((q) => !FACT_QUERIES.includes(q.name)); // --no-facts: nothing for them to read
    }
    if (opts.queries) {
        queries = queries.filter((q) => opts.queries.includes(q.name));
    }

    // Same answers first.
    log("checking that both servers give equivalent answers");
    const checkAgent = agent(1);
    const status = {};
    for (const q of queries) {
        const v = await verify(q, ng, peer && q.peer ? peer : null, checkAgent);
        const peerPart = !peer ? "" : !q.peer ? ` | peer: ${q.peerMissing}` : "";
        status[q.name] = { ...v, compared: !!(peer && q.peer && v.ok) };
        const label = !peer || !q.peer ? (v.ok ? "OK (newsgraph answers)" : "ERROR") : v.ok ? "OK" : "MISMATCH";
        status[q.name].label = label;
        console.log(`  ${q.name.padEnd(18)} ${label}  ${v.detail}${peerPart}`);
    }
    checkAgent.destroy();

    if (opts.hold) {
        console.log(`\n--hold: Neo4j bolt://127.0.0.1:${db.port}, newsgraph ${ng.url}${peer ? `, peer ${peer.url}` : ""}; Ctrl-C stops everything`);
        await new Promise(() => {});
    }

    // Timed phases.
    const phases = queries.reduce((n, q) => n + opts.levels.length * (status[q.name].compared ? 2 : 1), 0);
    const warmups = queries.reduce((n, q) => n + (status[q.name].compared ? 2 : 1), 0);
    log(`timing: ${phases} phases x ${opts.seconds} s + ${warmups} warm-ups x ${opts.warmup} s `
        + `= about ${((phases * opts.seconds + warmups * opts.warmup) / 60).toFixed(1)} min`);
    // Each server first runs a mix of all its queries, so that the first timed query does not pay for
    // the JIT compiling the shared request path (HTTP, parsing, serialization); V8 gets the same.
    if (opts.serverWarmup > 0) {
        const mixed = (side) => {
            let i = 0;
            const usable = queries.filter((q) => q[side] && (side === "newsgraph" || status[q.name].compared));
            return () => {
                const q = usable[i++ % usable.length];
                const input = q.input();
                return JSON.stringify({ query: q[side].query, variables: q[side].vars(input) });
            };
        };
        log(`warming each server with a mix of its queries for ${opts.serverWarmup} s`);
        await drive({ url: ng.url, makeBody: mixed("newsgraph"), concurrency: 8, seconds: opts.serverWarmup });
        if (peer) await drive({ url: peer.url, makeBody: mixed("peer"), concurrency: 8, seconds: opts.serverWarmup });
    }
    const results = {};
    const loadBefore = os.loadavg();
    for (const q of queries) {
        results[q.name] = { newsgraph: {}, peer: {} };
        const targets = [["newsgraph", ng, q.newsgraph]];
        if (status[q.name].compared) targets.push(["peer", peer, q.peer]);
        const bodyMaker = (side) => () => {
            const input = q.input();
            return JSON.stringify({ query: side.query, variables: side.vars(input) });
        };
        for (const [, server, side] of targets) {
            if (opts.warmup > 0) await drive({ url: server.url, makeBody: bodyMaker(side), concurrency: 4, seconds: opts.warmup });
        }
        console.log(`\n${q.name}: ${q.what}`);
        for (const c of opts.levels) {
            for (const [who, server, side] of targets) {
                const before = who === "newsgraph" ? await cypherCount(ng.managementPort) : 0;
                const cpuBefore = [procs.cpuMs(server.pid), procs.cpuMs(db.pid)];
                const res = await drive({ url: server.url, makeBody: bodyMaker(side), concurrency: c, seconds: opts.seconds });
                // Where the time goes: the server's and Neo4j's CPU per request (the client's is the same for both).
                const cpuAfter = [procs.cpuMs(server.pid), procs.cpuMs(db.pid)];
                res.serverCpuMs = (cpuAfter[0] - cpuBefore[0]) / Math.max(1, res.requests);
                res.neo4jCpuMs = (cpuAfter[1] - cpuBefore[1]) / Math.max(1, res.requests);
                if (who === "newsgraph") res.cypherPerRequest = ((await cypherCount(ng.managementPort)) - before) / Math.max(1, res.requests);
                results[q.name][who][c] = res;
                if (res.errors) log(`  ${who} c=${c}: ${res.errors} errors, first: ${res.firstError}`);
            }
        }
        printTable(tableRows(q, results, opts.levels, status[q.name].compared));
        if (!status[q.name].compared && peer) {
            console.log(`  peer: ${q.peer ? `${status[q.name].label}, not compared` : q.peerMissing}`);
        }
    }
    const loadAfter = os.loadavg();

    const rss = { newsgraph: procs.rssMb(ng.pid), peer: peer ? procs.rssMb(peer.pid) : null, neo4j: procs.rssMb(db.pid) };
    console.log(`\nRSS at the end: newsgraph ${rss.newsgraph} MB, peer ${rss.peer ?? "-"} MB (Neo4j ${rss.neo4j} MB)`);
    console.log(`load: graph ${loadSeconds.toFixed(1)} s, article store ${storeSeconds.toFixed(1)} s; `
        + `machine load average ${loadBefore[0].toFixed(1)} before timing, ${loadAfter[0].toFixed(1)} after (${os.cpus().length} cores)`);

    writeResults({ opts, data, queries, status, results, rss, loadSeconds, storeSeconds, startedAt, loadBefore, loadAfter, peer });
    log(`results written to ${path.relative(process.cwd(), opts.out)} and its .json`);
}

function writeResults({ opts, data, queries, status, results, rss, loadSeconds, storeSeconds, startedAt, loadBefore, loadAfter, peer }) {
    const pkg = JSON.parse(fs.readFileSync(path.join(BENCH, "node_modules/@neo4j/graphql/package.json"), "utf8"));
    const out = [];
    out.push("# newsgraph vs @neo4j/graphql: results", "");
    out.push(`Run ${startedAt.toISOString()} with \`node bench/run.mjs --articles ${opts.articles} --entities ${opts.entities} `
        + `--seconds ${opts.seconds} --warmup ${opts.warmup} --server-warmup ${opts.serverWarmup} --concurrency ${opts.levels.join(",")}${opts.skipPeer ? " --skip-peer" : ""}${opts.facts ? "" : " --no-facts"}`
        + `${opts.neo4jHeap !== DEFAULTS.neo4jHeap ? ` --neo4j-heap ${opts.neo4jHeap}` : ""}`
        + `${opts.pagecache !== DEFAULTS.pagecache ? ` --pagecache ${opts.pagecache}` : ""}`
        + `${opts.heap !== DEFAULTS.heap ? ` --heap ${opts.heap}` : ""}\`, `
        + `${os.cpus().length} cores (load average ${loadBefore[0].toFixed(1)} before timing, ${loadAfter[0].toFixed(1)} after; the machine is shared), `
        + `Node ${process.version}, @neo4j/graphql ${pkg.version}.`, "");
    out.push(`Graph: ${data.articles.length} articles, ${data.entities.length} entities `
        + `(${Object.entries(data.mix).map(([k, v]) => `${v} ${k}`).join(", ")}), ${data.mentions.length} MENTIONS, `
        + `${data.facts.length} facts, ${data.evidence.length} Evidence. Loaded in ${loadSeconds.toFixed(1)} s `
        + `(+ ${storeSeconds.toFixed(1)} s for newsgraph's article store).`, "");
    out.push(`RSS at the end: newsgraph ${rss.newsgraph} MB, peer ${rss.peer ?? "-"} MB, Neo4j ${rss.neo4j} MB.`, "");
    out.push("Latencies in ms; `Cypher/req` = newsgraph_cypher_queries_total per request; ratios are newsgraph / peer "
        + "(req/s above 1 and latency below 1: newsgraph is faster).", "");
    for (const q of queries) {
        out.push(`## ${q.name}`, "", `${q.what}. Check: ${status[q.name].label}${status[q.name].ok ? "" : ` — ${status[q.name].detail.replace(/\n/g, " ")}`}`
            + `${q.note ? `. Note: ${q.note}` : ""}.`, "");
        if (peer && !q.peer) out.push(`Peer: ${q.peerMissing}.`, "");
        out.push(mdTable(tableRows(q, results, opts.levels, status[q.name].compared)), "");
    }
    fs.writeFileSync(opts.out, out.join("\n"));
    // the figures alone, for bench/scale.mjs to set runs of several sizes side by side
    const figures = Object.fromEntries(queries.map((q) => [q.name, Object.fromEntries(opts.levels.map((c) => {
        const n = results[q.name]?.newsgraph?.[c];
        return [c, n ? { rps: n.rps, p50: n.p50, p99: n.p99 } : null];
    }))]));
    fs.writeFileSync(opts.out.replace(/\.md$/, "") + ".json", JSON.stringify({
        articles: data.articles.length, entities: data.entities.length, mentions: data.mentions.length,
        loadSeconds, storeSeconds, rss, startedAt, figures,
    }, null, 1));
}

main().then(async () => {
    await cleanup();
    process.exit(0);
}, async (e) => {
    console.error(e instanceof UsageError ? `bench: ${e.message} (see bench/README.md)` : `\nbench failed: ${e.stack ?? e}`);
    await cleanup();
    process.exit(1);
});
