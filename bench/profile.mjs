#!/usr/bin/env node
// The Cypher each side sends for one bench query, and what Neo4j does with it. Run against `node bench/run.mjs
// --hold` (same size and seed as that run): drives the query on each server for a few seconds, reads the
// statements Neo4j is running (SHOW TRANSACTIONS) with their parameters, then PROFILEs each one and prints its
// db hits and rows per operator, the total db hits over all captured inputs, and how many per second Neo4j
// answers one after another. Usage:
//   node bench/profile.mjs --bolt bolt://127.0.0.1:PORT --newsgraph URL [--peer URL] --query network2
//                          [--articles 10000] [--entities 50000] [--seed newsgraph-bench]
import { generate } from "./lib/data.mjs";
import { querySet } from "./lib/queries.mjs";
import { drive } from "./lib/client.mjs";

const opts = { articles: 10000, entities: 50000, seed: "newsgraph-bench" };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
    opts[argv[i].replace(/^--/, "")] = argv[i + 1];
}
if (!opts.bolt || !opts.newsgraph || !opts.query) {
    console.error("usage: node bench/profile.mjs --bolt URL --newsgraph URL [--peer URL] --query NAME");
    process.exit(2);
}
const { default: neo4j } = await import("neo4j-driver");

const data = generate({ articles: Number(opts.articles), entities: Number(opts.entities), seed: opts.seed });
const q = querySet(data).find((x) => x.name === opts.query);
if (!q) {
    console.error(`no query ${opts.query}`);
    process.exit(2);
}
const driver = neo4j.driver(opts.bolt, neo4j.auth.basic("neo4j", "unused"));
try {
    for (const [side, url] of [["newsgraph", opts.newsgraph], ["peer", opts.peer]]) {
        if (!url || !q[side]) continue;
        const statements = await capture(url, q[side]);
        console.log(`\n== ${side}: ${statements.size} statement(s)`);
        for (const [cypher, inputs] of statements) {
            console.log(cypher);
            await profile(cypher, inputs);
        }
    }
} finally {
    await driver.close();
}

/** Statement text -> the parameter maps seen with it, while the server answers the query for 4 s. */
async function capture(url, side) {
    const seen = new Map();
    const load = drive({ url, concurrency: 2, seconds: 4,
        makeBody: () => JSON.stringify({ query: side.query, variables: side.vars(q.input()) }) });
    const session = driver.session();
    const end = Date.now() + 4000;
    try {
        while (Date.now() < end) {
            const r = await session.run("SHOW TRANSACTIONS YIELD currentQuery, parameters RETURN currentQuery, parameters");
            for (const rec of r.records) {
                const cypher = rec.get("currentQuery");
                if (!cypher || cypher.startsWith("SHOW TRANSACTIONS")) continue;
                const inputs = seen.get(cypher) ?? [];
                if (inputs.length < 50) inputs.push(rec.get("parameters"));
                seen.set(cypher, inputs);
            }
        }
    } finally {
        await session.close();
    }
    await load;
    return seen;
}

/** PROFILE of the first input by operator, db hits over all inputs, and sequential statements per second. */
async function profile(cypher, inputs) {
    const session = driver.session();
    try {
        const body = cypher.replace(/^CYPHER \d+\s*/, "");
        const first = await session.run(`PROFILE ${body}`, inputs[0]);
        const show = (p, depth) => {
            console.log(`${" ".repeat(depth)}${p.operatorType} db hits ${p.dbHits}, rows ${p.rows}  ${String(p.arguments.Details ?? "").slice(0, 100)}`);
            p.children.forEach((c) => show(c, depth + 2));
        };
        show(first.summary.profile, 2);
        const hits = (p) => p.dbHits + p.children.reduce((n, c) => n + hits(c), 0);
        let total = 0;
        for (const params of inputs) {
            total += hits((await session.run(`PROFILE ${body}`, params)).summary.profile);
        }
        let n = 0;
        const t0 = Date.now();
        while (Date.now() - t0 < 3000) {
            await session.run(body, inputs[n++ % inputs.length]);
        }
        console.log(`  db hits over ${inputs.length} inputs: ${total}; ${(n / ((Date.now() - t0) / 1000)).toFixed(0)} statements/s one after another`);
    } finally {
        await session.close();
    }
}
