// A synthetic news graph in exactly newsgraph's model (src/main/java/dev/newsgraph/graph/GraphWriter.java),
// generated deterministically from a seed: articles, entities of six types, MENTIONS with a skewed
// (Zipf-like) popularity, facts between entities with their keys, and 1-3 pieces of evidence per fact.
import crypto from "node:crypto";

export const EXTRACTOR_VERSION = "2";

// sfc32, seeded from a string: small, fast, and the same sequence on every machine.
export function rng(seed) {
    const h = crypto.createHash("sha256").update(String(seed)).digest();
    let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
    const next = () => {
        a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
        let t = (a + b) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        d = (d + 1) | 0;
        t = (t + d) | 0;
        c = (c + t) | 0;
        return (t >>> 0) / 4294967296;
    };
    for (let i = 0; i < 12; i++) next();
    const r = {
        float: next,
        int: (n) => Math.floor(next() * n),
        between: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
        pick: (arr) => arr[Math.floor(next() * arr.length)],
        chance: (p) => next() < p,
        shuffle(arr) {
            for (let i = arr.length - 1; i > 0; i--) {
                const j = Math.floor(next() * (i + 1));
                [arr[i], arr[j]] = [arr[j], arr[i]];
            }
            return arr;
        },
    };
    return r;
}

/** Samples indexes 0..n-1 with weight 1/(i+1)^s: index 0 is the most popular. */
export function zipf(n, s) {
    const cum = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
        total += 1 / Math.pow(i + 1, s);
        cum[i] = total;
    }
    return (r) => {
        const x = r.float() * total;
        let lo = 0, hi = n - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (cum[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    };
}

const SYLLABLES = ["ka", "lo", "mi", "ra", "ve", "to", "sa", "ni", "do", "re", "li", "an", "el", "or", "ul", "be", "ga",
    "zu", "ti", "mo", "pa", "ru", "se", "vi", "ko", "na", "de", "ha", "jo", "fe", "lu", "ma", "ne", "po", "qui", "sor",
    "tam", "val", "wen", "yar", "bri", "dar", "fen", "gil", "hor", "ist", "kel", "mar", "nor", "ost"];
const TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Finance Minister",
    "Secretary General", "Chair", "Chief Executive", "Ambassador", "Spokesperson"];
const STATUSES = ["proposed", "negotiating", "agreed", "signed", "withdrawn"];
const ORG_KINDS = ["Trade Council", "Energy Agency", "Development Bank", "Defence Alliance", "Workers Party",
    "Research Institute", "Shipping Corporation", "Health Organization", "Monetary Fund", "Press Union",
    "Climate Forum", "Security Council", "Farmers League", "Mining Group", "Rail Authority"];
const AGREEMENT_KINDS = ["Trade Agreement", "Security Pact", "Climate Accord", "Fisheries Deal", "Arms Treaty",
    "Water Compact", "Energy Charter", "Border Protocol", "Investment Treaty", "Data Accord"];
const PLACE_KINDS = ["", "", "Port ", "", "Strait of ", "", "Mount ", "Lake "];
const EVENT_KINDS = ["Summit", "Crisis", "Elections", "Floods", "Conference", "Talks", "Games", "Protests"];
const SOURCES = ["Daily Ledger", "World Wire", "Evening Post", "Harbor Times", "Capital Courier", "Global Desk",
    "North Star News", "The Observer Line", "Metro Dispatch", "Continental Review", "Press Bureau", "Signal Weekly"];
const VERBS = {
    HOLDS_ROLE: "serves as {title} of",
    MET_WITH: "met with",
    PARTY_TO: "is party to",
    MEMBER_OF: "is a member of",
    CRITICIZED: "criticized",
    CLAIMS: "claims",
    COOPERATES_WITH: "agreed to cooperate with",
};

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function word(r, min, max) {
    let w = "";
    const n = r.between(min, max);
    for (let i = 0; i < n; i++) w += r.pick(SYLLABLES);
    return cap(w);
}

/** The counts per entity type for a total: about 60% people, 250 countries at 50k, and so on. */
export function entityMix(total) {
    const country = Math.max(5, Math.min(676, Math.round(total * 0.005)));
    const person = Math.round(total * 0.6);
    const organization = Math.round(total * 0.16);
    const agreement = Math.round(total * 0.1);
    const place = Math.round(total * 0.08);
    const event = Math.max(0, total - person - country - organization - agreement - place);
    return { Person: person, Country: country, Organization: organization, Agreement: agreement, Place: place, Event: event };
}

export function generate({ articles: articleCount, entities: entityCount, seed = "newsgraph-bench", facts: withFacts = true }) {
    const r = rng(seed);
    const used = new Set();
    const unique = (make) => {
        for (let i = 0; i < 1000; i++) {
            const n = make();
            if (!used.has(n.toLowerCase())) {
                used.add(n.toLowerCase());
                return n;
            }
        }
        throw new Error("could not make a unique name");
    };

    // --- entities -----------------------------------------------------------------------------
    const mix = entityMix(entityCount);
    const entities = [];
    const countryCodes = [];
    for (let i = 0; i < 26 * 26; i++) countryCodes.push(String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
    r.shuffle(countryCodes);
    for (let i = 0; i < mix.Country; i++) {
        const name = unique(() => word(r, 2, 2) + r.pick(["ia", "and", "istan", "ora", "enia", ""]));
        const code = countryCodes[i];
        entities.push({ id: `country:${code}`, label: "Country", name, aliases: [`Republic of ${name}`], code });
    }
    const countryNames = entities.map((e) => e.name);
    const firstNames = Array.from({ length: 400 }, () => word(r, 2, 2));
    for (let i = 0; i < mix.Person; i++) {
        const first = r.pick(firstNames);
        const name = unique(() => `${first} ${word(r, 2, 3)}`);
        const last = name.split(" ")[1];
        const aliases = r.chance(0.7) ? [last] : [];
        if (r.chance(0.3)) aliases.push(`${first.charAt(0)}. ${last}`);
        entities.push({ id: `person:${slug(name)}`, label: "Person", name, aliases });
    }
    for (let i = 0; i < mix.Organization; i++) {
        const name = unique(() => `${r.chance(0.5) ? r.pick(countryNames) : word(r, 2, 3)} ${r.pick(ORG_KINDS)}`);
        const e = { id: `org:${slug(name)}`, label: "Organization", name, aliases: [] };
        if (r.chance(0.4)) {
            e.acronym = name.split(" ").map((w) => w.charAt(0)).join("").toUpperCase();
            e.aliases.push(e.acronym);
        }
        entities.push(e);
    }
    for (let i = 0; i < mix.Agreement; i++) {
        const name = unique(() => r.chance(0.3) ? `Treaty of ${word(r, 2, 3)}` : `${word(r, 2, 2)}-${word(r, 2, 2)} ${r.pick(AGREEMENT_KINDS)}`);
        entities.push({ id: `agreement:${slug(name)}`, label: "Agreement", name, aliases: [] });
    }
    for (let i = 0; i < mix.Place; i++) {
        const name = unique(() => `${r.pick(PLACE_KINDS)}${word(r, 2, 3)}`);
        entities.push({ id: `place:${slug(name)}`, label: "Place", name, aliases: [] });
    }
    for (let i = 0; i < mix.Event; i++) {
        const name = unique(() => `${word(r, 2, 3)} ${r.pick(EVENT_KINDS)} ${2015 + r.int(11)}`);
        entities.push({ id: `event:${slug(name)}`, label: "Event", name, aliases: [] });
    }
    const byId = new Map(entities.map((e) => [e.id, e]));

    // Popularity: a random order, with the countries among the first ones (they are in most news).
    const order = r.shuffle(entities.map((_, i) => i));
    const countryIdx = order.filter((i) => entities[i].label === "Country");
    const rest = order.filter((i) => entities[i].label !== "Country");
    const head = Math.min(rest.length, countryIdx.length * 4);
    const headPart = r.shuffle([...countryIdx, ...rest.slice(0, head)]);
    // concat, not push(...): spreading 100,000+ arguments overflows the call stack.
    const popular = headPart.concat(rest.slice(head));
    popular.forEach((entityIndex, rank) => { entities[entityIndex].rank = rank; });
    const pickPopular = zipf(popular.length, 0.8);
    const byType = {};
    for (const idx of popular) {
        (byType[entities[idx].label] ??= []).push(entities[idx]);
    }
    const typePickers = Object.fromEntries(Object.entries(byType).map(([t, list]) => [t, zipf(list.length, 0.9)]));
    const pickOfType = (type) => byType[type][typePickers[type](r)];

    // --- articles and mentions ----------------------------------------------------------------
    const start = Date.parse("2024-01-01T00:00:00Z");
    const span = 2 * 365 * 86400; // seconds over two years
    const step = Math.floor(span / Math.max(1, articleCount));
    const slots = r.shuffle(Array.from({ length: articleCount }, (_, i) => i));
    const articles = [];
    const mentions = [];
    const articlesOf = new Map(); // entity id -> article ids
    for (let i = 0; i < articleCount; i++) {
        const b = crypto.createHash("sha1").update(`${seed}|article|${i}`).digest("hex");
        const id = `${b.slice(0, 8)}-${b.slice(8, 12)}-4${b.slice(13, 16)}-a${b.slice(17, 20)}-${b.slice(20, 32)}`;
        const publishedAt = new Date((start / 1000 + slots[i] * step + r.int(Math.max(1, step - 1))) * 1000).toISOString().replace(".000Z", "Z");
        const k = r.between(5, 15);
        const chosen = new Set();
        let guard = 0;
        while (chosen.size < k && guard++ < 200) chosen.add(popular[pickPopular(r)]);
        const names = [];
        for (const idx of chosen) {
            const e = entities[idx];
            const count = Math.min(12, 1 + Math.floor(-Math.log(1 - r.float()) * 1.2));
            mentions.push({ a: id, e: e.id, count });
            if (!articlesOf.has(e.id)) articlesOf.set(e.id, []);
            articlesOf.get(e.id).push(id);
            names.push(e.name);
        }
        const title = `${names[0]} and ${names[1] ?? "others"}: ${r.pick(["talks", "report", "analysis", "update", "interview", "dispatch"])} ${i}`;
        const text = `${title}. ` + names.map((n) => `${n} was in the news.`).join(" ");
        articles.push({
            id, title, url: `https://news.example/${i}`, source: r.pick(SOURCES), publishedAt,
            contentHash: crypto.createHash("sha256").update(text).digest("hex"), extractorVersion: EXTRACTOR_VERSION, text,
        });
    }

    // --- facts and evidence -------------------------------------------------------------------
    const factTarget = withFacts ? articleCount * 10 : 0; // --no-facts: dashboards at scale read none
    const plan = [
        ["HOLDS_ROLE", 0.2], ["MET_WITH", 0.25], ["PARTY_TO", 0.15], ["MEMBER_OF", 0.08],
        ["CRITICIZED", 0.12], ["CLAIMS", 0.05], ["COOPERATES_WITH", 0.15],
    ];
    const endpoints = {
        HOLDS_ROLE: () => [pickOfType("Person"), pickOfType(r.chance(0.6) ? "Country" : "Organization")],
        MET_WITH: () => [pickOfType("Person"), pickOfType("Person")],
        // An agreement has a few parties (uniform), a big country is party to many (skewed).
        PARTY_TO: () => [pickOfType(r.chance(0.7) ? "Country" : "Organization"), r.pick(byType.Agreement)],
        MEMBER_OF: () => [pickOfType("Country"), pickOfType("Organization")],
        CRITICIZED: () => [pickOfType(r.pick(["Person", "Country", "Organization"])), pickOfType(r.pick(["Person", "Country", "Organization"]))],
        CLAIMS: () => [pickOfType("Country"), pickOfType("Place")],
        COOPERATES_WITH: () => [pickOfType(r.chance(0.6) ? "Country" : "Organization"), pickOfType(r.chance(0.6) ? "Country" : "Organization")],
    };
    const symmetric = new Set(["MET_WITH", "COOPERATES_WITH"]);
    const facts = [];
    const evidence = [];
    const keys = new Set();
    for (const [type, share] of plan) {
        const want = Math.round(factTarget * share);
        let made = 0, tries = 0;
        while (made < want && tries++ < want * 20) {
            let [s, t] = endpoints[type]();
            if (!s || !t || s.id === t.id) continue;
            if (symmetric.has(type) && s.id > t.id) [s, t] = [t, s];
            const title = type === "HOLDS_ROLE" ? r.pick(TITLES) : null;
            const key = `${type}|${s.id}|${t.id}` + (title ? `|${title.toLowerCase()}` : "");
            if (keys.has(key)) continue;
            keys.add(key);
            const status = type === "PARTY_TO" ? r.pick(STATUSES) : null;
            facts.push({ type, s: s.id, t: t.id, key, title, status });
            made++;
            // Evidence in articles that mention the subject when there are some.
            const n = r.float() < 0.5 ? 1 : r.float() < 0.6 ? 2 : 3;
            const pool = articlesOf.get(s.id) ?? articlesOf.get(t.id) ?? [];
            const seen = new Set();
            for (let j = 0; j < n; j++) {
                const articleId = pool.length > 0 && r.chance(0.8) ? r.pick(pool) : articles[r.int(articles.length)].id;
                if (seen.has(articleId)) continue;
                seen.add(articleId);
                const sentence = `${s.name} ${VERBS[type].replace("{title}", title ?? "")} ${t.name}.`;
                const sentenceIndex = r.int(30);
                const startOffset = sentenceIndex * 120 + r.int(40);
                evidence.push({
                    id: `${articleId}|${key}`, factKey: key, articleId, type, sourceId: s.id, targetId: t.id, title, status,
                    sentence, sentenceIndex, start: startOffset, end: startOffset + sentence.length,
                    confidence: Math.round((0.5 + r.float() * 0.49) * 100) / 100, extractorVersion: EXTRACTOR_VERSION,
                });
            }
        }
    }
    return { entities, byId, articles, mentions, facts, evidence, articlesOf, mix, seed };
}
