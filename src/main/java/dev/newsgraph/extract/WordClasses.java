package dev.newsgraph.extract;

import java.util.Set;

/**
 * Closed word classes that mention detection, typing and resolution look for around names: the heads that make
 * a capitalised run an organization, place, agreement or event, and the words that end or introduce names.
 */
final class WordClasses {

    private WordClasses() {
    }

    static final Set<String> ORG_HEADS = Set.of("ministry", "department", "council", "commission", "agency", "bank",
            "party", "army", "navy", "guard", "university", "institute", "corporation", "corp", "inc", "ltd", "group",
            "company", "association", "organization", "organisation", "union", "federation", "committee", "court",
            "parliament", "assembly", "foundation", "fund", "authority", "office", "coalition", "front", "movement",
            "secretariat", "command", "force", "forces", "board", "bureau", "tribunal", "airlines", "motors", "industries",
            "technologies", "holdings", "senate", "cabinet", "police", "congress", "service", "services",
            "systems", "energy", "petroleum", "airways", "capital", "partners", "society", "club", "centre", "center",
            // the last words of company names
            "logistics", "shipping", "solutions", "resources", "mining", "foods", "pharmaceuticals", "telecom",
            "communications", "networks", "insurance", "securities", "electronics", "chemicals", "cement", "textiles",
            "construction", "automotive", "plc", "llc", "gmbh", "ag", "sa", "bhd", "tbk", "co", "cos", "brothers",
            "bros", "exchange",
            // media and brands: "CBC News", "Decca Records", "Yum Brands"
            "news", "media", "brands", "records", "studios", "pictures", "entertainment", "magazine", "gazette",
            "tribune", "herald", "radio", "television");
    /** The last words of the names of works and shows, which name no person: "The Andrew Marr Show". */
    static final Set<String> WORK_HEADS = Set.of("show", "programme", "program", "podcast", "album", "song", "film",
            "movie", "novel", "series", "opera", "musical");
    static final Set<String> ORG_DESCRIPTORS = Set.of("company", "firm", "shipbuilder", "carmaker", "automaker",
            "manufacturer", "maker", "giant", "conglomerate", "startup", "start-up", "airline", "insurer", "retailer",
            "contractor", "broadcaster", "newspaper", "lender", "operator", "producer", "chipmaker", "exporter",
            "supplier", "group", "outlet", "agency", "organisation", "organization", "militia", "movement");
    /** The months' names, which capitalised words and surname lists share ("Bloody March"). */
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    /** The months' abbreviations, as datelines write them ("June 5", "Sept. 12"). */
    static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    static final Set<String> PLACE_HEADS = Set.of("sea", "seas", "ocean", "continent", "strait", "straits", "gulf",
            "bay", "island", "islands", "shoal", "reef", "peninsula", "river", "canal", "mountains", "desert", "valley", "province",
            "heights", "archipelago", "lake", "coast", "atoll", "atolls",
            // places in and around towns: "Beverly Hills", "Pearl Harbor", "Kherson Oblast", "Tiananmen Square"
            "park", "hills", "harbor", "harbour", "oblast", "county", "square", "street", "avenue", "airport",
            "beach", "forest", "canyon", "falls", "bridge", "plaza",
            // landforms: "Danube Delta", "East African Rift", "British Isles", "Gaza Strip"
            "delta", "rift", "fault", "isles", "glacier", "volcano", "lagoon", "plateau", "basin", "strip", "highlands",
            "lowlands", "steppe", "wetlands", "fjord", "gardens");
    static final Set<String> AGREEMENT_HEADS = Set.of("agreement", "agreements", "treaty", "accord", "accords", "pact",
            "protocol", "convention", "charter", "deal", "declaration", "memorandum", "conduct", "partnership");
    static final Set<String> LOWER_AGREEMENT_HEADS = Set.of("agreement", "treaty", "accord", "pact", "deal", "contract",
            "protocol", "protocols", "ceasefire", "truce", "armistice");
    static final Set<String> CHANNEL_HEADS = Set.of("channel", "channels", "hotline", "hotlines", "mechanism",
            "mechanisms");
    static final Set<String> EVENT_HEADS = Set.of("summit", "conference", "olympics", "games", "war", "dialogue", "cup",
            "expo", "festival", "championship", "championships", "tournament", "election", "elections", "referendum");
    /** What a description after a name ("X, the largest annual training exercise") says an event is. */
    static final Set<String> EVENT_DESCRIPTORS = union(EVENT_HEADS, Set.of("exercise", "exercises", "drill"));
    static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "stated", "added", "wrote", "noted",
            "declared", "announced", "insisted", "argued", "warned", "explained", "stressed", "tweeted", "posted",
            "claimed", "asked", "replied", "responded", "acknowledged", "confirmed", "urged", "emphasized",
            "emphasised", "explains", "adds", "notes", "writes", "recalls", "recalled", "admits", "admitted",
            "insists", "argues", "warns", "tells", "concedes", "conceded", "quipped", "joked", "mocked", "complained",
            "remarked", "observed");
    static final Set<String> NON_CONTENT_MODS = Set.of("new", "old", "landmark", "historic", "historical", "major", "key",
            "final", "formal", "existing", "previous", "current", "proposed", "so-called", "original", "latest", "first",
            "second", "whole", "entire", "same", "this", "that", "its", "their", "his", "her", "our", "a", "an", "the",
            "any", "such", "long-negotiated", "long-awaited", "planned", "initial", "recent", "earlier", "possible",
            "potential", "broader", "wider", "larger", "big", "biggest", "important", "significant", "tentative",
            "draft", "full", "comprehensive", "multibillion-dollar", "billion-dollar", "lucrative", "controversial",
            "accession", "largest", "world's", "executive");
    /** Lower-case words inside a longer name: "Bank of Scotland", "Court of Justice of the European Union". */
    static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "and", "the", "de", "del", "la", "du", "&");
    /** Words that end a name run even when capitalised. */
    static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for",
            "from", "by", "with", "as", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
            "this", "that", "these", "those", "is", "was", "are", "were", "be", "been", "has", "have", "had", "said",
            "says", "after", "before", "while", "when", "if", "then", "than", "not", "no", "all", "also", "told",
            "according", "despite", "during", "since", "until", "who", "which", "what", "where", "how", "why", "there",
            "here", "both", "each", "every", "some", "any", "more", "most", "would", "could", "should", "can",
            "must", "over", "under", "into", "about", "against", "between", "via", "per", "amid");
    static final Set<String> ALLIANCE_WORDS = Set.of("bloc", "alliance", "grouping", "organisation", "organization",
            "union", "partnership");
    /** Words that describe an agreement without naming it ("free trade agreement", "Framework Agreement"). */
    static final Set<String> GENERIC_AGREEMENT_WORDS = Set.of("free", "trade", "agreement", "agreements", "deal",
            "deals", "pact", "pacts", "treaty", "accord", "accords", "framework", "memorandum", "of", "understanding",
            "defence", "defense", "security", "mutual", "cooperation", "co-operation", "ceasefire", "cease-fire", "truce",
            "armistice", "peace", "hotline", "channel", "channels", "mechanism", "mechanisms", "protocol", "partnership",
            "strategic", "comprehensive", "economic", "military", "investment", "bilateral", "trilateral", "joint",
            "nuclear", "arms", "contract", "communication", "communications", "and", "the", "on", "for", "basic",
            "general", "interim", "preliminary", "final", "new", "partial", "full", "cooperative", "friendship",
            "alliance", "assistance", "extradition", "tax", "energy", "gas", "oil", "grain", "maritime", "border",
            "fisheries", "aviation", "air", "services", "customs", "tariff", "currency", "swap", "loan", "aid",
            "normalization", "normalisation", "reconciliation", "association", "stabilisation", "stabilization",
            "enhanced", "reciprocal", "status", "forces", "visiting", "access", "logistics", "exchange", "agreement's");
    /** Single words that only describe an entity within one article ("the bloc", "the kingdom"). */
    static final Set<String> DESCRIPTOR_WORDS = Set.of("bloc", "alliance", "grouping", "organisation", "organization",
            "union", "partnership", "council", "kingdom", "republic", "group", "country", "nation", "state", "government",
            "administration", "ministry", "agency", "company", "firm", "party", "coalition", "pact", "agreement", "deal",
            "treaty", "accord", "truce", "ceasefire", "new", "former", "the", "its", "their", "current", "two",
            "island", "city", "capital", "region", "territory", "court", "commission", "body", "movement", "militia");
    /** Prepositions of place: a capitalised span right after one of them names a location, not a person. */
    static final Set<String> LOCATIVE = Set.of("in", "at", "from", "to", "near", "outside", "inside");
    static final Set<String> MOTION = Set.of("visit", "visits", "visiting", "visited", "trip", "trips", "travel",
            "travels", "traveled", "travelled", "traveling", "travelling", "flew", "fly", "flying", "arrived", "arrives",
            "arriving", "returned", "returning", "returns", "headed", "heading", "moved", "journey", "came", "come",
            "went", "go", "going", "delegation");
    static final Set<String> GOVERNMENT_WORDS = Set.of("administration", "government", "leadership", "officials",
            "authorities", "regime", "counterparts", "establishment", "lawmakers", "policymakers", "leaders", "rulers",
            "diplomats", "officialdom");
    /** Words before "to" / "from" that make the following name a person: "according to Zhao", "spoke to Wang". */
    static final Set<String> PERSON_TO = Set.of("according", "spoke", "speaking", "speak", "talked", "talking", "wrote",
            "writing", "letter", "message", "sent", "said", "close", "adviser", "advisor", "aide", "successor",
            "predecessor", "married", "deputy", "loyal", "reported", "reporting", "replied", "responded", "answer",
            "call", "phoned", "appeal", "appealed", "statement", "tribute", "condolences", "thanks", "thanked", "belongs",
            "belonged", "belonging", "talk", "listen", "listened", "turned", "presented", "introduced", "handed");

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** The shape of an adjective of a place or people: "Nordic", "Southeast Asian", "Japanese", "Turkish", "Dutch". */
    static boolean placeAdjective(String lower) {
        return lower.endsWith("an") || lower.endsWith("ese") || lower.endsWith("ish") || lower.endsWith("ic")
                || lower.endsWith("i") || lower.endsWith("ch") || lower.endsWith("east") || lower.endsWith("west")
                || lower.equals("north") || lower.equals("south") || lower.equals("central");
    }
}
