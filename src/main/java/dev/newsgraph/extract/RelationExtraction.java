package dev.newsgraph.extract;

/**
 * Stage: relations stated in one sentence, one rule per relation type. Every relation needs a trigger word in
 * the sentence that links its two ends ("met with", "criticized", "joined", "joint exercises with", "signed");
 * co-occurrence alone yields nothing. HOLDS_ROLE comes from titles, once the whole article is read.
 */
final class RelationExtraction {

    private final ArticleDocument doc;
    private final MetWithRule metWith;
    private final CriticizedRule criticized;
    private final CooperatesWithRule cooperatesWith;
    private final MemberOfRule memberOf = new MemberOfRule();
    private final PartyToRule partyTo;
    private final ClaimsRule claims = new ClaimsRule();

    RelationExtraction(ArticleDocument doc) {
        this.doc = doc;
        this.metWith = new MetWithRule(doc.lexicon);
        this.criticized = new CriticizedRule(doc.lexicon);
        this.cooperatesWith = new CooperatesWithRule(doc.lexicon);
        this.partyTo = new PartyToRule(doc.lexicon);
    }

    void extract(ArticleSentence s) {
        SentenceActors actors = new SentenceActors(doc, s);
        if (actors.actors.isEmpty()) {
            return; // every rule needs at least one actor
        }
        metWith.apply(actors);
        criticized.apply(actors);
        cooperatesWith.apply(actors);
        memberOf.apply(actors);
        partyTo.apply(actors);
        claims.apply(actors);
    }
}
