// Sets the figures of bench runs at several graph sizes side by side: per query and concurrency, newsgraph's p50
// at each size and the largest size's p50 over the smallest's. Reads the .json that run.mjs writes beside its
// --out file. Usage: node bench/scale.mjs bench/scale-10k.json bench/scale-100k.json bench/scale-1m.json [--out F]
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : null;
if (args.length < 2) {
    console.error("usage: node bench/scale.mjs RUN.json RUN.json [...] [--out FILE.md]");
    process.exit(2);
}
const runs = args.map((f) => ({ file: f, ...JSON.parse(fs.readFileSync(f, "utf8")) }))
    .sort((a, b) => a.articles - b.articles);
const size = (n) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const fmt = (x) => (x == null ? "-" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

const lines = [];
lines.push(`| query | conc | ${runs.map((r) => `p50 ms at ${size(r.articles)}`).join(" | ")} | `
    + `${size(runs.at(-1).articles)} / ${size(runs[0].articles)} | ${runs.map((r) => `req/s at ${size(r.articles)}`).join(" | ")} |`);
lines.push(`|---|---:|${runs.map(() => "---:").join("|")}|---:|${runs.map(() => "---:").join("|")}|`);
const queries = [...new Set(runs.flatMap((r) => Object.keys(r.figures)))];
for (const q of queries) {
    const levels = [...new Set(runs.flatMap((r) => Object.keys(r.figures[q] ?? {})))].sort((a, b) => a - b);
    for (const c of levels) {
        const cells = runs.map((r) => r.figures[q]?.[c] ?? null);
        const first = cells[0]?.p50;
        const last = cells.at(-1)?.p50;
        lines.push(`| ${q} | ${c} | ${cells.map((x) => fmt(x?.p50)).join(" | ")} | `
            + `${first && last ? (last / first).toFixed(2) : "-"} | ${cells.map((x) => fmt(x?.rps)).join(" | ")} |`);
    }
}
lines.push("");
for (const r of runs) {
    lines.push(`- ${size(r.articles)}: ${r.articles} articles, ${r.entities} entities, ${r.mentions} mentions; graph loaded `
        + `in ${r.loadSeconds.toFixed(0)} s (+ ${r.storeSeconds.toFixed(0)} s article store); RSS at the end: newsgraph `
        + `${r.rss.newsgraph} MB, Neo4j ${r.rss.neo4j} MB (${path.relative(process.cwd(), r.file)}, ${r.startedAt}).`);
}
const text = lines.join("\n") + "\n";
process.stdout.write(text);
if (out) fs.writeFileSync(out, text);
