package dev.newsgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.newsgraph.extract.ner.NameCues;
import dev.newsgraph.extract.ner.NameSpan;

/**
 * What a name run names, from its own words and the words around it in the sentence: an agreement, organization,
 * place or event by its head noun ("... Treaty", "... Council", "... Sea", "... Summit"), an organization after a
 * descriptor ("the Swedish company Saab"), a person by a given name, a speech verb, "counterpart" or an
 * appositive title. Null when the run names nothing the extractor keeps.
 */
final class NameRunTyper {

    /** Last words of the names of days and periods, which capitalised common words often are. */
    private static final java.util.Set<String> TIMES = java.util.Set.of("day", "days", "week", "month", "year", "age",
            "ages", "era", "century", "period", "dynasty", "season");
    /** Days and months, which the surname lists hold too ("Palm Sunday", "Bloody March"). */
    private static final java.util.Set<String> CALENDAR = WordClasses.union(Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday"), WordClasses.MONTHS);
    /** Words that follow a name and name nobody on their own: "Jr.", and a company's "Inc" or "Corp". */
    private static final java.util.Set<String> SUFFIXES = WordClasses.union(PersonNames.GENERATIONAL, Set.of("inc",
            "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc"));
    /** Regnal numbers II to XX. */
    private static final Pattern REGNAL = Pattern.compile("X?(I{2,3}|IV|VI{0,3}|IX)|XI|XX?");

    private final Lexicon lex;
    private final PhraseMatcher matcher;

    NameRunTyper(Lexicon lex) {
        this.lex = lex;
        this.matcher = new PhraseMatcher(lex);
    }

    EntityType type(ArticleSentence s, NameRun r) {
        if (r.length() >= 2 && s.token(r.t1 - 1).lower.equals("conduct") && !r.text().contains("Code of")) {
            return null; // "conduct" names an agreement only as a "Code of Conduct"
        }
        if ((s.token(r.t0).lower.equals("member") || s.token(r.t0).lower.equals("members")) && r.length() >= 3
                && s.token(r.t0 + 1).is("of")) {
            // "Member of the Political Bureau": membership of the organization the rest names
            r.t0 += s.token(r.t0 + 2).is("the") && r.length() >= 4 ? 3 : 2;
        }
        if (r.length() >= 2 && WordClasses.WORK_HEADS.contains(s.token(r.t1 - 1).lower) && s.token(r.t1 - 1).cap()) {
            return null; // "The Andrew Marr Show": a work the graph does not keep, not the person it is named after
        }
        if (r.length() == 1 && WordClasses.AGREEMENT_HEADS.contains(s.token(r.t0).lower)
                || SUFFIXES.contains(r.text().replace(" ", "").toLowerCase(java.util.Locale.ROOT))) {
            return null; // "the Treaty" alone, cut from its name by a gazetteer's, names no place; "Jr." no one
        }
        // a tagged person's name with a trade word before or after it is still a person's
        boolean person = taggedPersonByGivenName(s, r);
        EntityType byHead = person ? null : byHead(s, r);
        if (byHead != null) {
            return byHead;
        }
        if (regnalName(r)) {
            return EntityType.PERSON; // "Thutmose III", "Felipe V": a ruler, whatever the tagger makes of it
        }
        EntityType byCue = person ? null : OrganizationCues.type(s, r);
        if (byCue != null) {
            return byCue; // "Kestrova shareholders", "a Harley-Davidson spokeswoman", "SaskTel"
        }
        EntityType byApposition = person ? null : byAppositionHead(s, r);
        if (byApposition != null) {
            return byApposition; // "Orient Shield, the largest annual field training exercise"
        }
        EntityType byRules = byRules(s, r);
        if (byRules != null) {
            return byRules;
        }
        if (PlaceContext.inPlaceList(s, r.t0) && !lex.givenNames.contains(s.token(r.t0).text)) {
            return EntityType.PLACE; // "towns including Menaka, Agelhok and Tessalit"
        }
        return byTagger(s, r);
    }

    /** What the tagger's span over the run says, checked against the capitals, the lists and the context. */
    private EntityType byTagger(ArticleSentence s, NameRun r) {
        NameSpan tagged = s.nameOver(r.t0, r.t1);
        if ((tagged == null || tagged.type().equals("PER")) && unknownAcronym(s, r)) {
            r.firm = true;
            return EntityType.ORGANIZATION; // "UK spy agency GCHQ", "CRTC hearings"
        }
        if (tagged == null || onlyCommonWords(s, tagged) && !companyOfWords(s, r, tagged)) {
            return null;
        }
        if (r.length() == 1 && PLURAL_ACRONYM.matcher(s.token(r.t0).text).matches()) {
            return null; // "many MLAs", "NGOs", "MEPs": members or things of a kind, not one organization
        }
        if (tagged.type().equals("PER") && r.length() == 1 && r.t0 > 0 && s.token(r.t0 - 1).is("the")
                && (r.t1 >= s.size() || !s.token(r.t1).isWord() || WordClasses.FUNCTION.contains(s.token(r.t1).lower))) {
            return EntityType.ORGANIZATION; // "elected by the Bundestag": a person's name takes no article
        }
        // "the Ontario Independent Police Review | Director", "the Orlin Times | -- and Reuters": a title or a
        // clause cut off the tagged name leaves its type
        boolean titleCut = tagged.type().equals("ORG") && tagged.start() == r.t0 && tagged.end() > r.t1
                && (matcher.titleAt(s.tokens, r.t1).found() || Segmenter.clauseDashAt(s, r.t1));
        boolean sameWords = tagged.start() == r.t0 && (tagged.end() == r.t1 || titleCut);
        if (tagged.type().equals("LOC") && adjectiveBeforeNoun(s, r)) {
            return null; // "the Middle Eastern front": an adjective of a region, not its name
        }
        if (sameWords && tagged.type().equals("LOC") && givenNameAndSurname(s, r)) {
            return EntityType.PERSON; // "the legislation that Fátima Báñez is proudest of"
        }
        if (sameWords && tagged.type().equals("ORG") && r.length() == 1 && worldPlaceByContext(s, r)) {
            return EntityType.PLACE; // "The Alps provide ... water", "years in Kentucky"
        }
        boolean placeAfterLocative = tagged.type().equals("LOC") && PlaceContext.afterLocative(s, r.t0);
        if (!tagged.type().equals("PER") && (!sameWords || r.length() > 1 && !placeAfterLocative
                && !wellFormedName(s, tagged))) {
            // the tagger and the capitals disagree where an organization or place ends, or a longer name has no
            // head noun ("... Council", "... Province") to type it by and reads oddly: the tagger is too unsure of
            // those, unless a place follows "in", "near", "from" ("in San Pedro Sula")
            return null;
        }
        if (tagged.start() >= r.t0 && tagged.end() <= r.t1) {
            r.t0 = tagged.start(); // "Social Democrat Boris Pistorius": the name is the tagged part
            r.t1 = tagged.end();
            while (r.length() > 2 && tagged.type().equals("PER") && !lex.givenNames.contains(s.token(r.t0).text)
                    && lex.givenNames.contains(s.token(r.t0 + 1).text)) {
                r.t0++; // and it starts at the given name
            }
        }
        return byTag(tagged);
    }

    /**
     * A longer organization or place name the tagger can be trusted with: in running text (not a headline, where
     * every word is capitalised), at most six words (longer ones without a head noun run into the
     * next name: "... Foreign Affairs Wang Yi"), every word capitalised but for "of", "for", "and", "the", "de"
     * ("the Associated Press", "Bank of Scotland"), no person's given name first ("Remko de Waal") unless that
     * is a word of organizations' names too ("Bank") or a common word ends the name ("Liberty Global"), and not the words before "agreement".
     */
    private boolean wellFormedName(ArticleSentence s, NameSpan tagged) {
        if (s.headline || tagged.end() - tagged.start() > 6
                || !tagged.type().equals("ORG") && !tagged.type().equals("LOC")) {
            return false;
        }
        if (tagged.start() > 0) {
            Token before = s.token(tagged.start() - 1);
            if (!before.isWord() && !before.text.equals(",") && !before.text.equals("(")) {
                return false; // after a quote or a colon a new sentence may start
            }
        }
        for (int i = tagged.start(); i < tagged.end(); i++) {
            Token t = s.token(i);
            if (t.isWord() && !t.cap() && !WordClasses.NAME_CONNECTORS.contains(t.lower)) {
                return false;
            }
        }
        int after = tagged.end();
        if (after < s.tokens.size() && s.token(after).cap()) {
            return false; // "East China" of "East China Seas": the tagger cut a longer name short
        }
        if (after + 2 < s.tokens.size() && s.token(after).text.equals("(") && s.token(after + 2).text.equals(")")) {
            after += 3; // "Free Trade Area (AfCFTA) agreement"
        }
        if (after < s.tokens.size() && WordClasses.LOWER_AGREEMENT_HEADS.contains(s.token(after).text)) {
            return false; // the name of an agreement's subject: the agreement is found as such
        }
        String last = s.token(tagged.end() - 1).lower;
        if (tagged.end() < s.tokens.size() && s.token(tagged.end()).isWord() && !s.token(tagged.end()).cap()
                && (last.endsWith("an") || last.endsWith("ese") || last.endsWith("ish"))) {
            return false; // "the Southeast Asian bloc": an adjective of a place before a noun, not a name
        }
        // a given name first reads as a person ("Remko de Waal"), unless the name ends in a common word, as
        // company names do and surnames seldom ("Liberty Global")
        String first = s.token(tagged.start()).text;
        NameCues cues = NameCues.shared();
        boolean word = cues.isCommonWord(first) || cues.isCueWord(first)
                || WordClasses.ORG_HEADS.contains(s.token(tagged.start()).lower);
        return !lex.givenNames.contains(first) || word // "Bank of Scotland": a given name that is a word too
                || cues.isCommonWord(s.token(tagged.end() - 1).text);
    }

    /**
     * One or two name words and a regnal number from II to XX ("Ramesses II", "Franz Joseph VI"), none of them a
     * word English writes in lower case ("World War II", "Grade II") nor a head of an organization or place name.
     * "I" is left out: after a name it is as often the pronoun.
     */
    private static boolean regnalName(NameRun r) {
        ArticleSentence s = r.sentence;
        if (r.length() < 2 || r.length() > 3 || !REGNAL.matcher(s.token(r.t1 - 1).text).matches()) {
            return false;
        }
        NameCues cues = NameCues.shared();
        for (int i = r.t0; i < r.t1 - 1; i++) {
            Token t = s.token(i);
            if (!t.cap() || t.allCaps() || cues.isCommonWord(t.text) || cues.isCueWord(t.text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A lone word of three to six capitals in running text that no list knows: in news mostly an organization's
     * acronym (agencies, parties, companies: 62% of such words in the training corpora, most of the rest shouted
     * words and terms like "GDP" that the common words list holds). Not a Roman numeral ("Henry VIII").
     */
    private static boolean unknownAcronym(ArticleSentence s, NameRun r) {
        if (r.length() != 1 || s.headline) {
            return false;
        }
        Token t = s.token(r.t0);
        return t.allCaps() && t.text.length() >= 3 && t.text.length() <= 6 && t.text.chars().allMatch(Character::isLetter)
                && !t.text.matches("[IVXLCDM]+") && !NameCues.shared().isCommonWord(t.text);
    }

    /**
     * "Liberty Global", "General Electric": an organization the tagger found in mid-sentence, named by two or more
     * capitalised common words, none of them a title's or a function word. At a sentence start or in a heading the
     * capitals say nothing; mid-sentence, English capitalises such words only in a name.
     */
    private static boolean companyOfWords(ArticleSentence s, NameRun r, NameSpan tagged) {
        if (!tagged.type().equals("ORG") || tagged.start() != r.t0 || tagged.end() != r.t1 || r.length() < 2
                || s.headline || r.t0 == 0 || !s.token(r.t0 - 1).isWord()) {
            return false;
        }
        for (int i = r.t0; i < r.t1; i++) {
            Token t = s.token(i);
            if (!t.cap() || WordClasses.FUNCTION.contains(t.lower) || NameCues.shared().isCueWord(t.text)) {
                return false;
            }
        }
        return !TIMES.contains(s.token(r.t1 - 1).lower); // "Election Day", "the Dark Ages"
    }

    /** "Government", "Heads of State": capitalised common words, a heading's or a sentence start's, not a name. */
    private static boolean onlyCommonWords(ArticleSentence s, NameSpan tagged) {
        for (int i = tagged.start(); i < tagged.end(); i++) {
            Token t = s.token(i);
            if (t.isWord() && !WordClasses.FUNCTION.contains(t.lower) && !NameCues.shared().isCommonWord(t.text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tagger's type: a person, an organization, or a place (countries are the gazetteer's, found before); its
     * MISC (nationalities, works, events without a head noun) names nothing the graph keeps.
     */
    private static EntityType byTag(NameSpan tagged) {
        return switch (tagged.type()) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.PLACE;
            default -> null;
        };
    }

    /** The hand rules for a run the tagger left untagged: a given name, a speech verb, an appositive title. */
    private EntityType byRules(ArticleSentence s, NameRun r) {
        List<Token> ts = s.tokens;
        int len = r.length();
        if (len == 2 && r.t0 > 0 && NameRunDetector.personAfterOrganization(ts, r.t0)) {
            return EntityType.PERSON; // "... for Foreign Affairs Wang Yi": the office's holder
        }
        if (len <= 3 && namedAsTitle(s, r)) {
            return EntityType.PERSON; // "chose Kiichi Miyazawa as its new leader"
        }
        if (len == 1) {
            // a lone word next to a speech verb or before ", who": "..., said Okonkwo", "Gomery, who led the inquiry"
            boolean speaker = (speechRightBy(s, r) || followedByPersonWord(s, r)) && !PlaceContext.afterLocative(s, r.t0)
                    && !NameCues.shared().isCommonWord(s.token(r.t0).text);
            if (s.nameOver(r.t0, r.t1) != null) {
                if (speaker && followedByPersonWord(s, r) && !s.token(r.t0).allCaps()) {
                    return EntityType.PERSON; // "Isner, who served 40 aces": organizations are "which"
                }
                return speaker ? actorByContext(s, r) : null; // the tagger calls it a name: it says which kind
            }
            if (speaker && !s.token(r.t0).allCaps()) {
                r.firm = true; // a word no list or model knows ("said Dündar"): a person
                return EntityType.PERSON;
            }
        }
        if (len < 2 || len > 4) {
            return null;
        }
        for (int i = r.t0; i < r.t1; i++) {
            Token t = ts.get(i);
            if (t.allCaps() && t.text.length() > 3 || t.lower.equals("of") || t.lower.equals("for")) {
                return null;
            }
        }
        boolean given = lex.givenNames.contains(ts.get(r.t0).text) && !PersonNames.PARTICLES.contains(ts.get(r.t0).lower)
                && !taggedPlaceOrOrganization(s, r);
        if (given || len == 2 && afterCountrysPossessive(s, r)) {
            return EntityType.PERSON; // "Paraguay's Santiago Peña"
        }
        if (PlaceContext.afterLocative(s, r.t0)) {
            return null; // "in La Paz on Friday": a place the gazetteers do not know, not a person
        }
        return actorByContext(s, r);
    }

    /**
     * Two or three words the tagger calls a person that start with a given name of any language: a descriptor
     * before or after them ("the manufacturer Georg Reichenbach", "David Gamson, a producer") describes the
     * person's trade, not a company.
     */
    private static boolean taggedPersonByGivenName(ArticleSentence s, NameRun r) {
        NameSpan tagged = s.nameOver(r.t0, r.t1);
        return tagged != null && tagged.type().equals("PER") && tagged.start() == r.t0 && tagged.end() == r.t1
                && r.length() >= 2 && r.length() <= 3 && NameCues.shared().isAnyGivenName(s.token(r.t0).text);
    }

    /**
     * Two words, a given name of any language and a surname of the lists, neither a common word nor a cue word,
     * which the world gazetteer does not know as a place: a person, even where the tagger reads a place.
     */
    private static boolean givenNameAndSurname(ArticleSentence s, NameRun r) {
        if (r.length() != 2 || PlaceContext.afterLocative(s, r.t0)) {
            return false;
        }
        NameCues cues = NameCues.shared();
        String given = s.token(r.t0).text;
        String surname = s.token(r.t0 + 1).text;
        return cues.isAnyGivenName(given) && cues.isSurname(surname) && !cues.isCommonWord(given)
                && !cues.isCommonWord(surname) && !cues.isCueWord(given) && !cues.isCueWord(surname)
                && !cues.isWorldPlace(r.text()) && !CALENDAR.contains(s.token(r.t0 + 1).lower);
    }

    /**
     * A word the world gazetteer knows only as a region or natural feature, after "the" or a preposition of place:
     * a place even where it acts in the sentence ("the Alps provide water"). Without either, a company may share
     * the name ("Amazon has become ...").
     */
    private static boolean worldPlaceByContext(ArticleSentence s, NameRun r) {
        NameCues cues = NameCues.shared();
        boolean placeContext = r.t0 > 0 && s.token(r.t0 - 1).is("the") || PlaceContext.afterLocative(s, r.t0);
        return placeContext && cues.isWorldPlaceOnly(r.text()) && !cues.isWorldOrganization(r.text());
    }

    /**
     * The tagger calls exactly these words a place or an organization: a given name first does not overrule it,
     * since many given names are also words of such names ("Roman Empire", "Palm Sunday", "Major League").
     */
    private static boolean taggedPlaceOrOrganization(ArticleSentence s, NameRun r) {
        NameSpan tagged = s.nameOver(r.t0, r.t1);
        return tagged != null && tagged.start() == r.t0 && tagged.end() == r.t1
                && (tagged.type().equals("LOC") || tagged.type().equals("ORG"));
    }

    /** Right after a country's name and "'s": "Argentina's Javier Milei". */
    private static boolean afterCountrysPossessive(ArticleSentence s, NameRun r) {
        if (r.t0 < 2 || !s.token(r.t0 - 1).text.equals("'s")) {
            return false;
        }
        for (Mention m : s.mentions) {
            if (m.t1 == r.t0 - 1 && m.entity.type == EntityType.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /**
     * A run whose last word has the shape of a place's adjective ("Eastern", "Mesoamerican") before a lower-case
     * noun, and which no place list knows: "the Middle Eastern front". "Michigan lawmakers" is a place's name.
     */
    private static boolean adjectiveBeforeNoun(ArticleSentence s, NameRun r) {
        if (r.t1 >= s.size()) {
            return false;
        }
        Token next = s.token(r.t1);
        String last = s.token(r.t1 - 1).lower;
        NameCues cues = NameCues.shared();
        boolean adjective = last.endsWith("ern") || last.endsWith("ean") || last.endsWith("ian")
                || last.endsWith("ese") || last.endsWith("ish");
        return adjective && next.isWord() && !next.cap() && !WordClasses.FUNCTION.contains(next.lower)
                && !cues.isWorldPlace(r.text()) && !cues.isWorldPlace(s.token(r.t1 - 1).text);
    }

    private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z]{2,5}s");

    /** Words between "as" and the title in "X as its new leader", "X as the interim chief executive". */
    private static final Set<String> BEFORE_TITLE = Set.of("its", "the", "a", "their", "his", "her", "new", "next",
            "interim", "acting", "first", "deputy");

    /** "X as its new leader", "X as chief executive": a role only a person takes. */
    private boolean namedAsTitle(ArticleSentence s, NameRun r) {
        int k = r.t1;
        if (k >= s.size() || !s.token(k).is("as")) {
            return false;
        }
        k++;
        while (k < s.size() && BEFORE_TITLE.contains(s.token(k).lower)) {
            k++;
        }
        PhraseMatcher.Match title = k < s.size() ? matcher.titleAt(s.tokens, k) : PhraseMatcher.Match.NONE;
        return title.found() && matcher.titleOf(title).role();
    }

    /** Lower-case words naming a kind of organization, written after its name: "the Likud party". */
    private static final Set<String> KIND_AFTER_NAME = Set.of("union", "party", "movement", "militia", "coalition",
            "alliance", "group", "company", "firm", "agency", "airline", "newspaper", "broadcaster", "bank");

    /** "the Nordic alliance", "the Southeast Asian bloc": adjectives of places, not a name. */
    static boolean allPlaceAdjectives(ArticleSentence s, NameRun r) {
        for (int i = r.t0; i < r.t1; i++) {
            if (!WordClasses.placeAdjective(s.token(i).lower)) {
                return false;
            }
        }
        return true;
    }

    /** "X, who ...", "X, whose ...", "X herself": words that refer only to a person. */
    private static boolean followedByPersonWord(ArticleSentence s, NameRun r) {
        if (r.t1 < s.size() && (s.token(r.t1).is("herself") || s.token(r.t1).is("himself"))) {
            return true;
        }
        return r.t1 + 1 < s.size() && s.token(r.t1).text.equals(",")
                && (s.token(r.t1 + 1).is("who") || s.token(r.t1 + 1).is("whose"));
    }

    /** "X said", "said X", and "X, said". */
    private static boolean speechNextTo(ArticleSentence s, NameRun r) {
        List<Token> ts = s.tokens;
        return speechRightBy(s, r) || r.t1 + 1 < ts.size() && ts.get(r.t1).text.equals(",")
                && WordClasses.SPEECH.contains(ts.get(r.t1 + 1).lower);
    }

    /**
     * "Okonkwo said", "said Okonkwo.": no comma between ("Zgierz, said Wielgosz" names the speaker after). After
     * the verb, the name must end the clause: in "analysts said Morvane needed a partner" it starts the reported
     * one, and a company says as much as a person.
     */
    private static boolean speechRightBy(ArticleSentence s, NameRun r) {
        List<Token> ts = s.tokens;
        return r.t1 < ts.size() && WordClasses.SPEECH.contains(ts.get(r.t1).lower)
                || r.t0 > 0 && WordClasses.SPEECH.contains(ts.get(r.t0 - 1).lower)
                && (r.t1 >= ts.size() || !ts.get(r.t1).isWord());
    }

    /** "Kowalczyk Logistics said": a speech verb or an appositive title says an actor, the tagger which kind. */
    private EntityType actorByContext(ArticleSentence s, NameRun r) {
        if (!personByContext(s, r)) {
            return null;
        }
        NameSpan tagged = s.nameOver(r.t0, r.t1);
        boolean sameWords = tagged != null && tagged.start() == r.t0 && tagged.end() == r.t1;
        return sameWords && tagged.type().equals("ORG") ? EntityType.ORGANIZATION : EntityType.PERSON;
    }

    /**
     * The head noun of a description right after the run: "X, the largest annual training exercise" is an event,
     * "X, a state-owned lender" an organization; null when the words after the comma are no such description.
     */
    private static EntityType byAppositionHead(ArticleSentence s, NameRun r) {
        int k = r.t1;
        if (k + 2 >= s.size() || !s.token(k).text.equals(",") || !(s.token(k + 1).is("the") || s.token(k + 1).is("a")
                || s.token(k + 1).is("an"))) {
            return null;
        }
        for (int q = k + 2; q < Math.min(s.size(), k + 8); q++) {
            Token t = s.token(q);
            if (!t.isWord() || t.cap()) {
                return null;
            }
            String w = t.lower;
            boolean last = q + 1 >= s.size() || !s.token(q + 1).isWord() || WordClasses.FUNCTION.contains(s.token(q + 1).lower);
            if (!last) {
                continue;
            }
            if (WordClasses.EVENT_DESCRIPTORS.contains(w)) {
                return EntityType.EVENT;
            }
            if (WordClasses.ORG_DESCRIPTORS.contains(w)) {
                return EntityType.ORGANIZATION;
            }
            return null;
        }
        return null;
    }

    /** The head noun at the end of the run, or an organization descriptor before it. */
    private static EntityType byHead(ArticleSentence s, NameRun r) {
        List<Token> ts = s.tokens;
        // "Salomon Brothers Inc.", "Ford Motor Co.": the abbreviation's period is no part of the head word
        int lastAt = r.t1 - 1 > r.t0 && ts.get(r.t1 - 1).text.equals(".") ? r.t1 - 2 : r.t1 - 1;
        String last = ts.get(lastAt).lower.replace(".", "");
        boolean multi = r.length() >= 2;
        if (multi && WordClasses.AGREEMENT_HEADS.contains(last)) {
            return EntityType.AGREEMENT;
        }
        if (multi && WordClasses.ORG_HEADS.contains(last)) {
            return EntityType.ORGANIZATION;
        }
        if (multi && WordClasses.PLACE_HEADS.contains(last)) {
            return EntityType.PLACE;
        }
        if (multi && WordClasses.EVENT_HEADS.contains(last)) {
            return EntityType.EVENT;
        }
        String first = ts.get(r.t0).lower;
        boolean headOf = r.length() >= 3 && (ts.get(r.t0 + 1).is("of") || ts.get(r.t0 + 1).is("on"));
        if (headOf && WordClasses.AGREEMENT_HEADS.contains(first)) {
            return EntityType.AGREEMENT; // "the Treaty of Nanking", "the Treaty on European Union"
        }
        if (headOf && WordClasses.EVENT_HEADS.contains(first)) {
            return EntityType.EVENT; // "the Conference of the Parties"
        }
        if (headOf && TERRITORY_OF.contains(first) && ts.get(r.t0 + 2).cap()) {
            return EntityType.PLACE; // "the Kingdom of France", "the City of Buenos Aires"
        }
        // preceded by an organization descriptor: "the Swedish company Saab"
        int p = r.t0 - 1;
        if (p >= 0 && WordClasses.ORG_DESCRIPTORS.contains(ts.get(p).lower)) {
            r.firm = true;
            return EntityType.ORGANIZATION;
        }
        // "the Force Ouvrière union", "the Likud party": the kind of organization in lower case after its name
        if (p >= 0 && ts.get(p).is("the") && r.t1 < ts.size() && !ts.get(r.t1).cap()
                && KIND_AFTER_NAME.contains(ts.get(r.t1).lower) && !allPlaceAdjectives(s, r)) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    /** Words that, before "of" and a name, name a territory: "the Kingdom of France", "the Province of Ontario". */
    private static final Set<String> TERRITORY_OF = Set.of("kingdom", "city", "principality", "duchy",
            "county", "province", "emirate", "sultanate", "community", "canton", "region", "municipality");

    /** "..., Peskov said", "said Jane Doe", "his Iranian counterpart, X", "Jane Doe, the foreign minister". */
    private boolean personByContext(ArticleSentence s, NameRun r) {
        List<Token> ts = s.tokens;
        if (speechNextTo(s, r) || followedByPersonWord(s, r)) {
            return true;
        }
        int c = r.t0 - 1;
        if (c >= 0 && ts.get(c).text.equals(",")) {
            c--;
        }
        if (c >= 0 && ts.get(c).lower.startsWith("counterpart")) {
            return true;
        }
        if (r.t1 + 1 < ts.size() && ts.get(r.t1).text.equals(",")) {
            int b = r.t1 + 1;
            if (ts.get(b).is("the") || ts.get(b).is("a")) {
                b++;
            }
            for (int q = b; q < Math.min(ts.size(), b + 3); q++) {
                PhraseMatcher.Match m = matcher.titleAt(ts, q);
                if (m.found() && matcher.titleOf(m).role()) {
                    return true;
                }
            }
        }
        return false;
    }
}
