package dev.newsgraph.extract;

/**
 * Stage: relations stated in one sentence, one rule per relation type. Every relation needs a trigger word in
 * the sentence that links its two ends ("met with", "criticized", "joined", "joint exercises with", "signed");
 * co-occurrence alone yields nothing. HOLDS_ROLE comes from titles, once the whole article is read.
 */
final class RelationExtraction {

    private final ArticleDocument doc;
    private final MetWithRule metWith = new MetWithRule();
    private final CriticizedRule criticized = new CriticizedRule();
    private final CooperatesWithRule cooperatesWith = new CooperatesWithRule();
    private final MemberOfRule memberOf = new MemberOfRule();
    private final PartyToRule partyTo = new PartyToRule();
    private final ClaimsRule claims = new ClaimsRule();

    RelationExtraction(ArticleDocument doc) {
        this.doc = doc;
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
