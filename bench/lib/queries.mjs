// The operations benchmarked, each written for newsgraph's API (src/main/graphql/schema.graphql) and for
// the peer's generated API (peer/typeDefs.graphql), with inputs drawn from the synthetic data and a
// normalisation of each side's answer to the same comparable form (sorted lists of ids, names, counts).
import { rng, zipf } from "./data.mjs";

// --- input pools -----------------------------------------------------------------------------------

/** Half the draws favour the first items (the pool is sorted hottest first), half are uniform. */
function mixed(pool, r) {
    if (pool.length === 0) return () => { throw new Error("empty input pool"); }; // --no-facts: no facts to draw
    const hot = zipf(pool.length, 1.0);
    return () => (r.chance(0.5) ? pool[hot(r)] : pool[r.int(pool.length)]);
}

/** newsgraph's SearchQuery.of: letters and digits make words, the last word also as a prefix. */
export function luceneQuery(text) {
    const words = [];
    let w = "";
    for (const ch of text) {
        if (/[\p{L}\p{N}]/u.test(ch)) w += ch.toLowerCase();
        else if (w) { words.push(w); w = ""; }
    }
    if (w) words.push(w);
    const ws = words.slice(0, 12);
    if (ws.length === 0) return "";
    return ws.map((x, i) => (i === ws.length - 1 ? `${x} ${x}*` : x)).join(" ").toLowerCase();
}

export function pools(data) {
    const degree = new Map();
    const bump = (m, k, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
    const met = new Map(), party = new Map(), anyFact = new Map();
    for (const f of data.facts) {
        bump(anyFact, f.s); bump(anyFact, f.t);
        if (f.type === "MET_WITH") { bump(met, f.s); bump(met, f.t); }
        if (f.type === "PARTY_TO") bump(party, f.s);
    }
    for (const [id, list] of data.articlesOf) degree.set(id, list.length);
    const sortedKeys = (m, filter = () => true) => [...m.entries()].filter(([k, v]) => filter(k, v))
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
    const byPopularity = [...data.entities].sort((a, b) => a.rank - b.rank);
    const articlesNewestFirst = [...data.articles].sort((a, b) =>
        a.publishedAt === b.publishedAt ? (a.id < b.id ? 1 : -1) : (a.publishedAt < b.publishedAt ? 1 : -1));
    return {
        byPopularity,
        mentioned: sortedKeys(degree),
        metWith: sortedKeys(met),
        withFacts: sortedKeys(anyFact),
        // newsgraph orders agreements by their number of parties, which the peer cannot: parties with at
        // most 100 agreements (the largest page both allow) get the same complete answer from both.
        parties: sortedKeys(party, (k, v) => v <= 100),
        partiesOver100: [...party.values()].filter((v) => v > 100).length,
        maxPartiesPerAgreement: Math.max(0, ...data.facts.filter((f) => f.type === "PARTY_TO")
            .reduce((m, f) => m.set(f.t, (m.get(f.t) ?? 0) + 1), new Map()).values()),
        articlesNewestFirst,
        mentionDegree: degree,
    };
}

// --- the query set ---------------------------------------------------------------------------------

const FACT_SORT = "[{node: {name: ASC}}, {edge: {key: ASC}}]";
const sorted = (xs) => [...xs].sort();
const cursorNewsgraph = (a) => Buffer.from(`a1|${a.publishedAt}|${a.id}`).toString("base64url");
const cursorPeer = (offset) => Buffer.from(`arrayconnection:${offset}`).toString("base64");

// The peer's relationship fields for "all facts of an entity": [alias/field, relation type]. Directed
// types have one field per direction; MET_WITH and COOPERATES_WITH are read undirected.
const PEER_FACT_FIELDS = [
    ["holdsRole", "HOLDS_ROLE"], ["roleHolders", "HOLDS_ROLE"], ["metWith", "MET_WITH"],
    ["partyTo", "PARTY_TO"], ["parties", "PARTY_TO"], ["memberOf", "MEMBER_OF"], ["members", "MEMBER_OF"],
    ["criticized", "CRITICIZED"], ["criticizedBy", "CRITICIZED"], ["claims", "CLAIMS"], ["claimedBy", "CLAIMS"],
    ["cooperatesWith", "COOPERATES_WITH"],
];

export const QUERY_NAMES = ["entityByName", "search", "relationsOneType", "relationsAll", "articlesPage", "network2",
    "agreementsOfParty", "articleEntities", "topEntities", "timeline", "coMentioned", "entitiesList"];

export function querySet(data, seed = "inputs") {
    const p = pools(data);
    const r = rng(`${data.seed}|${seed}`);
    const entity = mixed(p.byPopularity, r);
    const metWith = mixed(p.metWith, r);
    const withFacts = mixed(p.withFacts, r);
    const parties = mixed(p.parties, r);
    const mentioned = mixed(p.mentioned, r);
    const N = p.articlesNewestFirst.length;

    return [
        {
            name: "entityByName",
            what: "entity by exact name or alias, with its number of mentioning articles",
            input: () => {
                const e = entity();
                return r.chance(0.8) || e.aliases.length === 0 ? e.name : r.pick(e.aliases);
            },
            newsgraph: {
                query: "query($name: String!) { entitiesByName(name: $name) { id type name aliases mentions } }",
                vars: (name) => ({ name }),
                norm: (d) => sorted(d.entitiesByName.map((e) => `${e.id}|${e.type}|${e.name}|${sorted(e.aliases).join(",")}|${e.mentions}`)),
            },
            peer: {
                query: `query($name: String!) { entities(where: {OR: [{name: {eq: $name}}, {aliases: {includes: $name}}]}, limit: 100) {
                    id type name aliases mentionedInConnection { aggregate { count { nodes } } } } }`,
                vars: (name) => ({ name }),
                norm: (d) => sorted(d.entities.map((e) => `${e.id}|${e.type}|${e.name}|${sorted(e.aliases ?? []).join(",")}|${e.mentionedInConnection.aggregate.count.nodes}`)),
            },
            note: "newsgraph ignores case, the peer's eq does not (inputs are exact names)",
        },
        {
            name: "search",
            what: "full-text search over names and aliases, top 10",
            input: () => {
                const e = entity();
                const words = e.name.split(/[\s-]+/);
                const x = r.float();
                if (x < 0.5 || words.length === 1) return e.name;
                if (x < 0.8) return `${words[0]} ${words[1].slice(0, Math.max(3, words[1].length - 2))}`;
                return words[words.length - 1].slice(0, 4);
            },
            newsgraph: {
                query: "query($text: String!) { search(text: $text, first: 10) { score entity { id name type } } }",
                vars: (text) => ({ text }),
                norm: (d) => searchNorm(d.search.map((h) => [h.score, h.entity.id])),
            },
            peer: {
                // The peer hands the phrase to Lucene as it is: the client sends what newsgraph builds.
                query: `query($phrase: String!) { searchEntities(phrase: $phrase, first: 10, sort: [{score: DESC}]) {
                    edges { score node { id name type } } } }`,
                vars: (text) => ({ phrase: luceneQuery(text) }),
                norm: (d) => searchNorm(d.searchEntities.edges.map((h) => [h.score, h.node.id])),
            },
            note: "compared: the hits scoring above the 10th (ties at the cut are ordered differently)",
        },
        {
            name: "relationsOneType",
            what: "a person's MET_WITH facts (10) with the other ends",
            input: () => metWith(),
            newsgraph: {
                query: `query($id: ID!) { entity(id: $id) { id name relations(types: [MET_WITH], first: 10) {
                    title other { id name type } } } }`,
                vars: (id) => ({ id }),
                norm: (d) => [d.entity.name, ...sorted(d.entity.relations.map((x) => `${x.other.id}|${x.other.type}|${x.title}`))],
            },
            peer: {
                query: `query($id: ID!) { entities(where: {id: {eq: $id}}) { id name metWithConnection(first: 10, sort: ${FACT_SORT}) {
                    edges { properties { title } node { id name type } } } } }`,
                vars: (id) => ({ id }),
                norm: (d) => [d.entities[0].name, ...sorted(d.entities[0].metWithConnection.edges.map((x) => `${x.node.id}|${x.node.type}|${x.properties.title}`))],
            },
        },
        {
            name: "relationsAll",
            what: "an entity's first 20 facts of all types, both directions, with the other ends",
            input: () => withFacts(),
            newsgraph: {
                query: `query($id: ID!) { entity(id: $id) { id relations(first: 20) { type title status other { id name } } } }`,
                vars: (id) => ({ id }),
                norm: (d) => sorted(d.entity.relations.map((x) => `${x.type}|${x.other.id}|${x.title}|${x.status}`)),
            },
            peer: {
                query: `query($id: ID!) { entities(where: {id: {eq: $id}}) { id
                    ${PEER_FACT_FIELDS.map(([f]) => `${f}: ${f}Connection(first: 20, sort: ${FACT_SORT}) { edges { properties { key title status } node { id name } } }`).join("\n")} } }`,
                vars: (id) => ({ id }),
                // newsgraph's order (type, other's name, key), first 20: merged here from the 12 fields.
                norm: (d) => {
                    const e = d.entities[0];
                    const all = PEER_FACT_FIELDS.flatMap(([f, type]) => e[f].edges.map((x) => ({ type, ...x })));
                    all.sort((a, b) => cmp(a.type, b.type) || cmp(a.node.name, b.node.name) || cmp(a.properties.key, b.properties.key));
                    return sorted(all.slice(0, 20).map((x) => `${x.type}|${x.node.id}|${x.properties.title}|${x.properties.status}`));
                },
            },
            note: "the peer has no field for all relationship types: one request with 12 fields of 20, merged by the client",
        },
        {
            name: "articlesPage",
            what: "a page of 10 articles (cursor) with the top 5 entities of each",
            // The first 50 pages: deeper, the peer's offset pagination fails (see note).
            input: () => (r.chance(0.3) ? 0 : r.int(Math.min(500, N - 10))),
            newsgraph: {
                query: `query($after: String) { articles(first: 10, after: $after) { totalCount pageInfo { hasNextPage }
                    edges { node { id title entities(first: 5) { count entity { id name } } } } } }`,
                vars: (k) => ({ after: k === 0 ? null : cursorNewsgraph(p.articlesNewestFirst[k - 1]) }),
                norm: (d) => [`${d.articles.totalCount}|${d.articles.pageInfo.hasNextPage}`,
                    ...d.articles.edges.map((x) => `${x.node.id}|${x.node.title}|${sorted(x.node.entities.map((m) => `${m.entity.id}:${m.count}`)).join(",")}`)],
            },
            peer: {
                query: `query($after: String) { articlesConnection(first: 10, after: $after, sort: [{publishedAt: DESC}, {id: DESC}]) {
                    totalCount pageInfo { hasNextPage } edges { node { id title
                    mentionsConnection(first: 5, sort: [{edge: {count: DESC}}, {node: {name: ASC}}]) { edges { properties { count } node { id name } } } } } } }`,
                vars: (k) => ({ after: k === 0 ? null : cursorPeer(k - 1) }),
                norm: (d) => [`${d.articlesConnection.totalCount}|${d.articlesConnection.pageInfo.hasNextPage}`,
                    ...d.articlesConnection.edges.map((x) => `${x.node.id}|${x.node.title}|${sorted(x.node.mentionsConnection.edges.map((m) => `${m.node.id}:${m.properties.count}`)).join(",")}`)],
            },
            note: "newsgraph pages its article store (H2, keyset) and asks Neo4j for the entities; the peer pages Article nodes by offset. "
                + "Inputs are the first 50 pages: the peer's Cypher collects all articles into one list, carries it in every row and sorts "
                + "before SKIP; with 10,000 articles and a 1 GB Neo4j heap, an offset of about 800 or more fails after ~30 s "
                + "(dbms.memory.transaction.total.max reached), while newsgraph's keyset page costs the same at any depth",
        },
        {
            name: "network2",
            what: "two levels of MET_WITH, 5 per level (person -> 5 people -> 5 people each)",
            input: () => metWith(),
            newsgraph: {
                query: `query($id: ID!) { entity(id: $id) { id relations(types: [MET_WITH], first: 5) { other { id name
                    relations(types: [MET_WITH], first: 5) { other { id name } } } } } }`,
                vars: (id) => ({ id }),
                norm: (d) => sorted(d.entity.relations.map((x) => `${x.other.id}>${sorted(x.other.relations.map((y) => y.other.id)).join(",")}`)),
            },
            peer: {
                query: `query($id: ID!) { entities(where: {id: {eq: $id}}) { id metWithConnection(first: 5, sort: ${FACT_SORT}) { edges { node {
                    id name metWithConnection(first: 5, sort: ${FACT_SORT}) { edges { node { id name } } } } } } } }`,
                vars: (id) => ({ id }),
                norm: (d) => sorted(d.entities[0].metWithConnection.edges.map((x) => `${x.node.id}>${sorted(x.node.metWithConnection.edges.map((y) => y.node.id)).join(",")}`)),
            },
        },
        {
            name: "agreementsOfParty",
            what: "the agreements a country or organization is party to, with all their parties and statuses",
            input: () => parties(),
            newsgraph: {
                query: `query($party: ID!) { agreements(party: $party, first: 100) { agreement { id name } parties { status entity { id name } } } }`,
                vars: (party) => ({ party }),
                norm: (d) => sorted(d.agreements.map((a) => `${a.agreement.id}:${sorted(a.parties.map((x) => `${x.entity.id}/${x.status}`)).join(",")}`)),
            },
            peer: {
                query: `query($party: ID!) { entities(where: {id: {eq: $party}}) { partyTo(limit: 100, sort: [{name: ASC}]) { id name
                    partiesConnection(first: 20, sort: [{node: {name: ASC}}]) { edges { properties { status } node { id name } } } } } }`,
                vars: (party) => ({ party }),
                norm: (d) => sorted(d.entities[0].partyTo.map((a) => `${a.id}:${sorted(a.partiesConnection.edges.map((x) => `${x.node.id}/${x.properties.status}`)).join(",")}`)),
            },
            note: `inputs: parties to at most 100 agreements (${p.partiesOver100} have more; newsgraph then keeps the 100 with most parties, an order the peer cannot express); `
                + `an agreement has at most ${p.maxPartiesPerAgreement} parties here, all of which both return (newsgraph all, the peer its first 20)`,
        },
        {
            name: "articleEntities",
            what: "one article with the 10 entities it mentions most",
            input: () => data.articles[r.int(N)].id,
            newsgraph: {
                query: `query($id: ID!) { article(id: $id) { id title entities(first: 10) { count entity { id name type } } } }`,
                vars: (id) => ({ id }),
                norm: (d) => [`${d.article.id}|${d.article.title}`, ...sorted(d.article.entities.map((m) => `${m.entity.id}:${m.count}`))],
            },
            peer: {
                query: `query($id: ID!) { articles(where: {id: {eq: $id}}) { id title mentionsConnection(first: 10, sort: [{edge: {count: DESC}}, {node: {name: ASC}}]) {
                    edges { properties { count } node { id name type } } } } }`,
                vars: (id) => ({ id }),
                norm: (d) => [`${d.articles[0].id}|${d.articles[0].title}`, ...sorted(d.articles[0].mentionsConnection.edges.map((m) => `${m.node.id}:${m.properties.count}`))],
            },
            note: "newsgraph reads the article from its store (H2), its entities from Neo4j",
        },
        {
            name: "topEntities",
            what: "the 10 most mentioned entities (of a type) in a 1-3 month window",
            input: () => {
                const m = r.int(21);
                const from = new Date(Date.UTC(2024, m, 1));
                const to = new Date(Date.UTC(2024, m + 1 + r.int(3), 1));
                const types = r.pick([["Person"], ["Person"], ["Country"], ["Organization"], null]);
                return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10), types };
            },
            newsgraph: {
                query: `query($types: [EntityType], $from: String, $to: String) { topEntities(types: $types, from: $from, to: $to, first: 10) {
                    articles mentions entity { id name } } }`,
                vars: (x) => x,
                norm: (d) => d.topEntities.map((x) => `${x.entity.id}:${x.articles}:${x.mentions}`),
            },
            peer: null,
            peerMissing: "not expressible: the generated API sorts by node or edge properties only, never by a count of related nodes in a window (it would take a hand-written @cypher field)",
        },
        {
            name: "timeline",
            what: "one entity's articles and mentions per week over a year",
            input: () => mentioned(),
            newsgraph: {
                query: `query($id: ID!) { timeline(id: $id, from: "2024-01-01", to: "2025-01-01", bucket: WEEK) { bucket articles mentions } }`,
                vars: (id) => ({ id }),
                norm: (d) => d.timeline.map((x) => `${x.bucket}:${x.articles}:${x.mentions}`),
            },
            peer: null,
            peerMissing: "not expressible: bucketing an entity's articles by week is an aggregation the generated API does not offer",
        },
        {
            name: "coMentioned",
            what: "the 10 entities mentioned in most articles together with one entity",
            input: () => mentioned(),
            newsgraph: {
                query: `query($id: ID!) { entity(id: $id) { id coMentioned(first: 10) { count entity { id name } } } }`,
                vars: (id) => ({ id }),
                norm: (d) => d.entity.coMentioned.map((x) => `${x.entity.id}:${x.count}`),
            },
            peer: null,
            peerMissing: "not expressible: counting shared articles is an aggregation over a two-hop pattern; the generated API returns only the raw lists (at most 100 per level under @limit), so the count cannot be computed from one request",
        },
        {
            name: "entitiesList",
            what: "the first page of the entities list (a type or all), sorted by articles, latest article or name, with each one's count and latest article",
            input: () => ({ orderBy: r.pick(["MENTIONS", "LAST_SEEN", "NAME"]), types: r.pick([["Person"], ["Organization"], null]) }),
            newsgraph: {
                query: `query($types: [EntityType], $orderBy: EntityOrder) { entities(types: $types, orderBy: $orderBy, first: 20) {
                    totalCount edges { mentions lastSeen node { id name } } } }`,
                vars: (x) => x,
                norm: (d) => [String(d.entities.totalCount), ...d.entities.edges.map((x) => `${x.node.id}:${x.mentions}:${x.lastSeen}`)],
            },
            peer: null,
            peerMissing: "not expressible: sorting entities by their number of mentioning articles or their latest one needs a count and a maximum over related nodes, which the generated API cannot sort by",
        },
    ];
}

function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

function searchNorm(hits) {
    if (hits.length === 0) return ["0 hits"];
    const scores = hits.map(([s]) => s);
    const cut = Math.min(...scores);
    const above = hits.filter(([s]) => s > cut + 1e-6).map(([s, id]) => `${id}@${s.toFixed(4)}`);
    return [`${hits.length} hits`, ...sorted(above)];
}
