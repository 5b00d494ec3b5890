// Writes the synthetic graph into Neo4j with neo4j-driver (UNWIND batches, parameters only), the way
// GraphWriter would have left it, and the matching rows of newsgraph's article store (H2) as SQL.
import fs from "node:fs";
import { spawnSync } from "node:child_process";

const BATCH = 5000;

const LABELS = ["Person", "Country", "Organization", "Agreement", "Place", "Event"];
const FACT_TYPES = ["HOLDS_ROLE", "MET_WITH", "PARTY_TO", "MEMBER_OF", "CRITICIZED", "CLAIMS", "COOPERATES_WITH"];

async function batches(session, cypher, rows, toParam = (x) => x) {
    for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH).map(toParam);
        await session.executeWrite((tx) => tx.run(cypher, { rows: batch }));
    }
}

export async function loadGraph(driver, data, log) {
    const session = driver.session();
    const timings = {};
    const timed = async (name, fn) => {
        const t = Date.now();
        await fn();
        timings[name] = (Date.now() - t) / 1000;
        log(`  ${name}: ${timings[name].toFixed(1)} s`);
    };
    try {
        await timed(`articles (${data.articles.length})`, () => batches(session, `
            UNWIND $rows AS r
            CREATE (a:Article {id: r.id, title: r.title, url: r.url, source: r.source,
                publishedAt: datetime(r.publishedAt), contentHash: r.contentHash, extractorVersion: r.extractorVersion})`,
            data.articles, ({ text, ...a }) => a));
        await timed(`entities (${data.entities.length})`, async () => {
            // One statement per label, so that labels are static (as newsgraph's SET n:$(label) leaves them).
            for (const label of LABELS) {
                const rows = data.entities.filter((e) => e.label === label);
                await batches(session, `
                    UNWIND $rows AS r
                    CREATE (n:Entity:${label} {id: r.id, type: r.label, name: r.name, aliases: r.aliases})
                    SET n.code = r.code, n.acronym = r.acronym`,
                    rows, ({ rank, ...e }) => ({ ...e, code: e.code ?? null, acronym: e.acronym ?? null }));
            }
        });
        await timed(`mentions (${data.mentions.length})`, () => batches(session, `
            UNWIND $rows AS r
            MATCH (a:Article {id: r.a}), (n:Entity {id: r.e})
            CREATE (a)-[:MENTIONS {count: r.count, day: date(a.publishedAt)}]->(n)`, data.mentions));
        // the roll-ups newsgraph's write path keeps beside the mentions (graph-schema/V005__mention_rollups_per_day.cypher)
        await timed("mention roll-ups", async () => {
            await session.run(`
                MATCH (:Article)-[m:MENTIONS]->(n:Entity)
                WITH n.id AS entityId, n.type AS type, m.day AS day, count(*) AS articles, sum(m.count) AS mentions
                CALL (entityId, type, day, articles, mentions) {
                    CREATE (:MentionDay {entityId: entityId, type: type, day: day, articles: articles, mentions: mentions})
                } IN TRANSACTIONS OF 10000 ROWS`);
            await session.run(`
                MATCH (r:MentionDay)
                WITH r.entityId AS entityId, r.type AS type, date.truncate('week', r.day) AS week,
                     sum(r.articles) AS articles, sum(r.mentions) AS mentions
                CALL (entityId, type, week, articles, mentions) {
                    CREATE (:MentionWeek {entityId: entityId, type: type, week: week, articles: articles, mentions: mentions})
                } IN TRANSACTIONS OF 10000 ROWS`);
            // each entity's latest article, which the write path keeps on the entity (graph-schema/V006)
            await session.run(`
                MATCH (n:Entity)
                CALL (n) {
                    OPTIONAL MATCH (a:Article)-[:MENTIONS]->(n)
                    WITH max(a.publishedAt) AS last
                    SET n.lastSeen = last
                } IN TRANSACTIONS OF 10000 ROWS`);
        });
        await timed(`facts (${data.facts.length})`, async () => {
            for (const type of FACT_TYPES) {
                await batches(session, `
                    UNWIND $rows AS r
                    MATCH (s:Entity {id: r.s}), (t:Entity {id: r.t})
                    CREATE (s)-[rel:${type} {key: r.key}]->(t)
                    SET rel.title = r.title, rel.status = r.status`,
                    data.facts.filter((f) => f.type === type));
            }
        });
        await timed(`evidence (${data.evidence.length})`, () => batches(session, `
            UNWIND $rows AS r
            MATCH (a:Article {id: r.articleId})
            CREATE (ev:Evidence {id: r.id, factKey: r.factKey, articleId: r.articleId, type: r.type,
                sourceId: r.sourceId, targetId: r.targetId, sentence: r.sentence, sentenceIndex: r.sentenceIndex,
                start: r.start, end: r.end, confidence: r.confidence, extractorVersion: r.extractorVersion})
            SET ev.title = r.title, ev.status = r.status
            CREATE (ev)-[:IN]->(a)`, data.evidence));
        await timed("index population", () => session.run("CALL db.awaitIndexes(600)"));
    } finally {
        await session.close();
    }
    return timings;
}

const sql = (s) => (s === null || s === undefined ? "NULL" : `'${String(s).replace(/'/g, "''")}'`);
const ts = (iso) => `TIMESTAMP WITH TIME ZONE '${iso.replace("T", " ").replace("Z", "+00:00")}'`;

/**
 * Fills newsgraph's article store (table ARTICLE, created by Hibernate at start-up) with the same
 * articles, PROJECTED, ingestedAt = publishedAt, through H2's RunScript tool (the service keeps the
 * database open; AUTO_SERVER=TRUE in its JDBC URL lets a second process in).
 */
export function loadStore({ java, h2Jar, jdbcUrl, articles, scriptFile }) {
    // written chunk by chunk: at a million articles the whole script is longer than a JavaScript string can be
    const fd = fs.openSync(scriptFile, "w");
    for (let i = 0; i < articles.length; i += 500) {
        const values = articles.slice(i, i + 500).map((a) => `(${[
            sql(a.id), sql(a.url), sql(a.title), sql(a.source), ts(a.publishedAt), sql(a.text), sql(a.contentHash),
            "'PROJECTED'", sql(a.extractorVersion), ts(a.publishedAt), ts(a.publishedAt), "NULL", "0", "NULL",
        ].join(", ")})`);
        fs.writeSync(fd, `INSERT INTO ARTICLE (ID, URL, TITLE, SOURCE, PUBLISHED_AT, TEXT, CONTENT_HASH, STATUS, EXTRACTOR_VERSION,
            INGESTED_AT, PROJECTED_AT, NEXT_ATTEMPT_AT, PROJECTION_ATTEMPTS, LAST_ERROR) VALUES\n${values.join(",\n")};\n`);
    }
    fs.closeSync(fd);
    const r = spawnSync(java, ["-cp", h2Jar, "org.h2.tools.RunScript", "-url", jdbcUrl, "-user", "newsgraph", "-password", "",
        "-script", scriptFile], { encoding: "utf8" });
    if (r.status !== 0) {
        throw new Error(`loading the article store failed: ${r.stderr || r.stdout}`);
    }
}
