package dev.newsgraph.extract;

import dev.newsgraph.extract.Lexicon.How;

/** Turns a gazetteer segment into a mention of its entity (a country with its ISO code, an organization...). */
final class GazetteerMentions {

    private final EntityRegistry entities;

    GazetteerMentions(EntityRegistry entities) {
        this.entities = entities;
    }

    /** The mention of segment g, or null when its hit denotes nothing kept; inner: a modifier of a larger mention. */
    Mention emit(ArticleSentence s, Segment g, boolean inner) {
        if (!inner && g.hit.how() == How.CAPITAL && PlaceContext.venue(s, g.t0)) {
            // "talks in Manila", "a visit to Beijing": the city as a venue, not the country acting
            Entity place = entities.placeNamed(s.span(g.t0, g.t1));
            return s.addMention(g.t0, g.t1, place, How.NAME, false);
        }
        Entity e = entities.fromHit(g.hit);
        if (e == null) {
            return null;
        }
        return s.addMention(g.t0, g.t1, e, g.hit.how(), inner);
    }

    /** The entity of segment g's mention, or null. */
    Entity emitEntity(ArticleSentence s, Segment g, boolean inner) {
        Mention m = emit(s, g, inner);
        return m == null ? null : m.entity;
    }
}
