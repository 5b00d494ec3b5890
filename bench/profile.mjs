#!/usr/bin/env node
// PROFILEs the Cypher newsgraph sends for the benchmarked operations, against a loaded Neo4j:
//   node bench/run.mjs --hold          (prints the Bolt address, keeps everything running)
//   node bench/profile.mjs --bolt bolt://127.0.0.1:PORT [--runs 5]
// The statements are copied from src/main/java/dev/newsgraph/graph/GraphReader.java and GraphExplorer.java
// (keep them in step). For each: inputs that are hot (most mentioned / most connected) and typical
// (median), db hits, rows and server time of PROFILE, the operators with most db hits, and the median
// time of --runs plain runs. Variants marked "variant" are not what newsgraph sends: they show what a
// change would cost. Lines marked "peer" PROFILE the Cypher the peer generates for the bench's query with
// the same input (recorded from @neo4j/graphql in this process).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const neo4j = require("neo4j-driver");

const args = process.argv.slice(2);
const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
};
const bolt = opt("--bolt");
const runs = Number(opt("--runs", 5));
if (!bolt) {
    console.error("usage: node bench/profile.mjs --bolt bolt://127.0.0.1:PORT [--runs 5]");
    process.exit(2);
}

// --- newsgraph's statements ------------------------------------------------------------------------
const ENTITY = `{id: n.id, type: n.type, name: n.name, aliases: coalesce(n.aliases, []), code: n.code,
 acronym: n.acronym, mentions: COUNT { (:Article)-[:MENTIONS]->(n) }}`;
const ENTITY_O = ENTITY.replaceAll("n.", "o.").replaceAll("(n)", "(o)");
const ENTITY_P = ENTITY.replaceAll("n.", "p.").replaceAll("(n)", "(p)");
const RELATION_TYPES = ["HOLDS_ROLE", "MET_WITH", "PARTY_TO", "MEMBER_OF", "CRITICIZED", "CLAIMS", "COOPERATES_WITH"];

const S = {
    entity: `MATCH (n:Entity {id: $id}) RETURN ${ENTITY} AS e`,
    relations: `
        UNWIND $ids AS id
        MATCH (e:Entity {id: id})
        CALL (e) {
            MATCH (e)-[r]-(o:Entity)
            WHERE type(r) IN $types
              AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
            WITH r, o, startNode(r) = e AS outgoing
            ORDER BY type(r), o.name, r.key
            LIMIT $first
            CALL (r) {
                MATCH (ev:Evidence {factKey: r.key})-[:IN]->(a:Article)
                WITH ev, a ORDER BY ev.confidence DESC, a.publishedAt DESC, ev.id
                LIMIT $evidence
                RETURN collect({articleId: a.id, articleTitle: a.title, sentence: ev.sentence,
                    sentenceIndex: ev.sentenceIndex, start: ev.start, end: ev.end,
                    confidence: ev.confidence, extractorVersion: ev.extractorVersion}) AS evidence
            }
            RETURN collect({type: type(r), outgoing: outgoing, title: r.title, status: r.status,
                evidence: evidence, other: ${ENTITY_O}}) AS relations
        }
        RETURN id, relations`,
    entitiesMentionedIn: `
        UNWIND $ids AS id
        MATCH (a:Article {id: id})
        CALL (a) {
            MATCH (a)-[m:MENTIONS]->(n:Entity)
            WITH n, m ORDER BY m.count DESC, n.name
            LIMIT $first
            RETURN collect({entity: ${ENTITY}, count: m.count}) AS entities
        }
        RETURN id, entities`,
    byName: `
        CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 200}) YIELD node AS n
        WHERE ($labels IS NULL OR n.type IN $labels)
          AND (toLower(n.name) = $name OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $name))
        RETURN ${ENTITY} AS e ORDER BY n.name`,
    search: `
        CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
        YIELD node AS n, score
        WHERE $labels IS NULL OR n.type IN $labels
        WITH n, score, toLower(n.name) = $exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $exact) AS exact
        RETURN ${ENTITY} AS e, score
        ORDER BY exact DESC, score DESC, n.name
        LIMIT $first`,
    agreements: `
        MATCH (n:Agreement)
        WHERE $party IS NULL OR EXISTS { MATCH (:Entity {id: $party})-[:PARTY_TO]->(n) }
        CALL (n) {
            OPTIONAL MATCH (p:Entity)-[r:PARTY_TO]->(n)
            WITH p, r ORDER BY p.name
            RETURN [x IN collect(CASE WHEN p IS NULL THEN null ELSE {entity: ${ENTITY_P}, status: r.status} END)
                    WHERE x IS NOT NULL] AS parties
        }
        WITH n, parties
        WHERE $status IS NULL OR any(x IN parties WHERE x.status = $status)
        RETURN ${ENTITY} AS e, parties
        ORDER BY size(parties) DESC, n.name
        LIMIT $first`,
    topEntities: `
        MATCH (a:Article)-[m:MENTIONS]->(n:Entity)
        WHERE ($from IS NULL OR a.publishedAt >= datetime($from))
          AND ($to IS NULL OR a.publishedAt < datetime($to))
          AND ($labels IS NULL OR n.type IN $labels)
          AND ($sources IS NULL OR a.source IN $sources)
        WITH n, count(DISTINCT a) AS articles, sum(m.count) AS mentions
        ORDER BY articles DESC, mentions DESC, n.name
        LIMIT $first
        RETURN ${ENTITY} AS e, articles, mentions`,
    coMentioned: `
        UNWIND $ids AS id
        MATCH (e:Entity {id: id})
        CALL (e) {
            MATCH (e)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(n:Entity)
            WHERE n <> e
            WITH n, count(DISTINCT a) AS together
            ORDER BY together DESC, n.name
            LIMIT $first
            RETURN collect({entity: ${ENTITY}, count: together}) AS entities
        }
        RETURN id, entities`,
};

// Variants: the same answers, written so that the planner can do less (not what newsgraph sends).
const ENTITY_DEGREE = ENTITY.replace("COUNT { (:Article)-[:MENTIONS]->(n) }", "COUNT { ()-[:MENTIONS]->(n) }");
const V = {
    "entity, mentions by degree": S.entity.replace(ENTITY, ENTITY_DEGREE),
    "relations, MET_WITH only, static type": S.relations
        .replace("MATCH (e)-[r]-(o:Entity)\n            WHERE type(r) IN $types", "MATCH (e)-[r:MET_WITH]-(o:Entity)\n            WHERE true")
        .replace(ENTITY_O, ENTITY_DEGREE.replaceAll("n.", "o.").replaceAll("(n)", "(o)")),
    "relations, all types, static types": S.relations
        .replace("MATCH (e)-[r]-(o:Entity)\n            WHERE type(r) IN $types", `MATCH (e)-[r:${RELATION_TYPES.join("|")}]-(o:Entity)\n            WHERE type(r) IN $types`)
        .replace(ENTITY_O, ENTITY_DEGREE.replaceAll("n.", "o.").replaceAll("(n)", "(o)")),
    "entitiesMentionedIn, mentions by degree": S.entitiesMentionedIn.replace(ENTITY, ENTITY_DEGREE),
    "agreements of a party, from the party": `
        MATCH (:Entity {id: $party})-[:PARTY_TO]->(n:Agreement)
        CALL (n) {
            OPTIONAL MATCH (p:Entity)-[r:PARTY_TO]->(n)
            WITH p, r ORDER BY p.name
            RETURN [x IN collect(CASE WHEN p IS NULL THEN null ELSE {entity: ${ENTITY_DEGREE.replaceAll("n.", "p.").replaceAll("(n)", "(p)")}, status: r.status} END)
                    WHERE x IS NOT NULL] AS parties
        }
        WITH n, parties
        WHERE $status IS NULL OR any(x IN parties WHERE x.status = $status)
        RETURN ${ENTITY_DEGREE} AS e, parties
        ORDER BY size(parties) DESC, n.name
        LIMIT $first`,
};

// --- PROFILE helpers -------------------------------------------------------------------------------
function walk(plan, out = []) {
    out.push({ op: plan.operatorType.replace(/@neo4j$/, ""), rows: plan.rows, dbHits: plan.dbHits, details: plan.arguments?.Details ?? "" });
    for (const c of plan.children ?? []) walk(c, out);
    return out;
}

// JavaScript numbers would arrive as floats: integers go as Neo4j integers (as from newsgraph's Java).
const ints = (v) => (Number.isInteger(v) ? neo4j.int(v) : Array.isArray(v) ? v.map(ints)
    : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ints(x)])) : v);

async function profile(session, cypher, rawParams, { convert = true } = {}) {
    const params = convert ? ints(rawParams) : rawParams;
    const res = await session.run(`PROFILE ${cypher}`, params);
    const ops = walk(res.summary.profile);
    const dbHits = ops.reduce((s, o) => s + o.dbHits, 0);
    const times = [];
    for (let i = 0; i < runs; i++) {
        const t = process.hrtime.bigint();
        await session.run(cypher, params);
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((a, b) => a - b);
    return { dbHits, rows: res.records.length, ms: times[Math.floor(times.length / 2)], ops };
}

function show(title, r) {
    console.log(`  ${title.padEnd(58)} ${String(r.dbHits).padStart(9)} db hits  ${r.ms.toFixed(1).padStart(7)} ms (median of ${runs})`);
    const top = [...r.ops].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3).filter((o) => o.dbHits > 0);
    for (const o of top) {
        console.log(`      ${o.op.padEnd(28)} ${String(o.dbHits).padStart(9)} hits ${String(o.rows).padStart(7)} rows  ${o.details.replace(/\s+/g, " ").slice(0, 90)}`);
    }
}

// --- the peer's Cypher: the bench's peer query run in-process through @neo4j/graphql, whose statements
// are recorded on the way to Neo4j, then PROFILEd like newsgraph's --------------------------------------
async function peerProfiler(driver, session) {
    const fs = await import("node:fs");
    const { Neo4jGraphQL } = require("@neo4j/graphql");
    const { graphql } = require("graphql");
    const { generate } = await import("./lib/data.mjs");
    const { querySet } = await import("./lib/queries.mjs");
    const queries = querySet(generate({ articles: 20, entities: 200 })); // only for the query texts
    const captured = [];
    const wrapTx = (tx) => ({ run: (q, p) => { captured.push({ q: q.replace(/^CYPHER 5\n/, ""), p }); return tx.run(q, p); } });
    const bind = (target, prop) => (typeof target[prop] === "function" ? target[prop].bind(target) : target[prop]);
    const recording = new Proxy(driver, {
        get(target, prop) {
            if (prop !== "session") return bind(target, prop);
            return (cfg) => new Proxy(target.session(cfg), {
                get(t, k) {
                    if (k === "executeRead" || k === "executeWrite") return (fn, c) => t[k]((tx) => fn(wrapTx(tx)), c);
                    return bind(t, k);
                },
            });
        },
    });
    const typeDefs = fs.readFileSync(new URL("./peer/typeDefs.graphql", import.meta.url), "utf8");
    const schema = await new Neo4jGraphQL({ typeDefs, driver: recording }).getSchema();
    return async (name, input) => {
        const q = queries.find((x) => x.name === name);
        captured.length = 0;
        const r = await graphql({ schema, source: q.peer.query, variableValues: q.peer.vars(input), contextValue: {} });
        if (r.errors) throw new Error(`peer ${name}: ${JSON.stringify(r.errors)}`);
        const statements = captured.filter((c) => !c.q.includes("dbms.components()"));
        const parts = [];
        for (const st of statements) parts.push(await profile(session, st.q, st.p, { convert: false }));
        return parts.length === 1 ? parts[0] : {
            dbHits: parts.reduce((x, y) => x + y.dbHits, 0), rows: 0, ms: parts.reduce((x, y) => x + y.ms, 0), ops: parts.flatMap((x) => x.ops),
        };
    };
}

// --- main ------------------------------------------------------------------------------------------
const driver = neo4j.driver(bolt, neo4j.auth.basic("neo4j", "unused"));
const session = driver.session({ defaultAccessMode: neo4j.session.READ });
try {
    const peer = await peerProfiler(driver, session);
    const one = async (q, p = {}) => (await session.run(q, p)).records.map((r) => r.toObject());
    const hotMentioned = await one(`MATCH (n:Entity) WITH n, COUNT { ()-[:MENTIONS]->(n) } AS d ORDER BY d DESC LIMIT 1 RETURN n.id AS id, n.name AS name, d`);
    const medianPerson = await one(`MATCH (n:Person) WHERE EXISTS { (n)-[:MET_WITH]-() } WITH n, COUNT { (n)-[:MET_WITH]-() } AS d ORDER BY d DESC
        WITH collect({id: n.id, d: d}) AS xs RETURN xs[0].id AS hot, xs[0].d AS hotDeg, xs[size(xs)/2].id AS median, xs[size(xs)/2].d AS medianDeg`);
    const hotParty = await one(`MATCH (n:Entity) WITH n, COUNT { (n)-[:PARTY_TO]->() } AS d WHERE d > 0 AND d <= 100 ORDER BY d DESC
        WITH collect({id: n.id, d: d}) AS xs RETURN xs[0].id AS hot, xs[0].d AS hotDeg, xs[size(xs)/2].id AS median, xs[size(xs)/2].d AS medianDeg`);
    const page = await one(`MATCH (a:Article) WITH a ORDER BY a.publishedAt DESC, a.id DESC LIMIT 10 RETURN collect(a.id) AS ids`);
    const { id: hotId, name: hotName, d: hotDeg } = hotMentioned[0];
    const mp = medianPerson[0];
    const hp = hotParty[0];
    console.log(`inputs: most mentioned ${hotId} (${hotDeg} articles); persons with MET_WITH: hottest ${mp.hot} (${mp.hotDeg}), median ${mp.median} (${mp.medianDeg}); `
        + `parties (<= 100 agreements): ${hp.hot} (${hp.hotDeg}), median ${hp.median} (${hp.medianDeg})\n`);

    console.log("entity(id) / entity by id (every entity(...) query starts with it)");
    show(`hot ${hotId}`, await profile(session, S.entity, { id: hotId }));
    show(`variant: mentions by degree, hot`, await profile(session, V["entity, mentions by degree"], { id: hotId }));

    console.log("\nentitiesByName (entityByName)");
    const lucene = hotName.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const q = lucene.map((w, i) => (i === lucene.length - 1 ? `${w} ${w}*` : w)).join(" ");
    show(`hot name "${hotName}"`, await profile(session, S.byName, { query: q, name: hotName.toLowerCase(), labels: null }));
    show(`peer, hot name`, await peer("entityByName", hotName));

    console.log("\nsearch");
    show(`"${hotName}"`, await profile(session, S.search, { query: q, exact: hotName.toLowerCase(), labels: null, limit: 50, first: 10 }));
    show(`peer, "${hotName}"`, await peer("search", hotName));

    console.log("\nrelations(types: [MET_WITH], first: 10) (relationsOneType; network2 runs it twice)");
    const rel = (ids, types, first) => ({ ids, types, direction: "BOTH", first, evidence: 5 });
    show(`entity statement first, hot ${mp.hot}`, await profile(session, S.entity, { id: mp.hot }));
    show(`hot ${mp.hot}`, await profile(session, S.relations, rel([mp.hot], ["MET_WITH"], 10)));
    show(`median ${mp.median}`, await profile(session, S.relations, rel([mp.median], ["MET_WITH"], 10)));
    show(`most mentioned ${hotId}`, await profile(session, S.relations, rel([hotId], ["MET_WITH"], 10)));
    show(`variant: static :MET_WITH + mentions by degree, hot`, await profile(session, V["relations, MET_WITH only, static type"], rel([mp.hot], ["MET_WITH"], 10)));
    show(`variant: static :MET_WITH + mentions by degree, most mentioned`, await profile(session, V["relations, MET_WITH only, static type"], rel([hotId], ["MET_WITH"], 10)));
    show(`peer, hot ${mp.hot} (one statement, entity included)`, await peer("relationsOneType", mp.hot));
    show(`peer, median ${mp.median}`, await peer("relationsOneType", mp.median));
    show(`peer network2, hot ${mp.hot} (one statement)`, await peer("network2", mp.hot));

    console.log("\nrelations(first: 20), all types (relationsAll)");
    show(`most mentioned ${hotId}`, await profile(session, S.relations, rel([hotId], RELATION_TYPES, 20)));
    show(`variant: static types + mentions by degree, most mentioned`, await profile(session, V["relations, all types, static types"], rel([hotId], RELATION_TYPES, 20)));
    show(`peer, most mentioned (12 fields)`, await peer("relationsAll", hotId));

    console.log("\nentitiesMentionedIn (articlesPage: 10 articles x 5 entities; articleEntities: 1 x 10)");
    show(`newest 10 articles, first 5`, await profile(session, S.entitiesMentionedIn, { ids: page[0].ids, first: 5 }));
    show(`variant: mentions by degree`, await profile(session, V["entitiesMentionedIn, mentions by degree"], { ids: page[0].ids, first: 5 }));
    show(`peer articlesPage, first page`, await peer("articlesPage", 0));
    show(`newsgraph articleEntities: 1 article, first 10`, await profile(session, S.entitiesMentionedIn, { ids: page[0].ids.slice(0, 1), first: 10 }));
    show(`peer articleEntities, same article`, await peer("articleEntities", page[0].ids[0]));

    console.log("\nagreements(party:, first: 100) (agreementsOfParty)");
    const ag = (party) => ({ party, status: null, first: 100 });
    show(`hot ${hp.hot}`, await profile(session, S.agreements, ag(hp.hot)));
    show(`median ${hp.median}`, await profile(session, S.agreements, ag(hp.median)));
    show(`variant: from the party + mentions by degree, hot`, await profile(session, V["agreements of a party, from the party"], ag(hp.hot)));
    show(`peer, hot ${hp.hot}`, await peer("agreementsOfParty", hp.hot));
    show(`peer, median ${hp.median}`, await peer("agreementsOfParty", hp.median));

    console.log("\ntopEntities (3 months, Person)");
    show(`2025-01-01..2025-04-01`, await profile(session, S.topEntities, { from: "2025-01-01", to: "2025-04-01", labels: ["Person"], sources: null, first: 10 }));

    console.log("\ncoMentioned(first: 10)");
    show(`most mentioned ${hotId}`, await profile(session, S.coMentioned, { ids: [hotId], first: 10 }));
    show(`median person ${mp.median}`, await profile(session, S.coMentioned, { ids: [mp.median], first: 10 }));
} finally {
    await session.close();
    await driver.close();
}
