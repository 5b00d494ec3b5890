package dev.newsgraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.extract.EntityType;
import dev.newsgraph.extract.Evidence;
import dev.newsgraph.extract.ExtractedEntity;
import dev.newsgraph.extract.ExtractedRelation;
import dev.newsgraph.extract.Extraction;
import dev.newsgraph.extract.MentionSpan;
import dev.newsgraph.extract.RelationType;

/** The merge decisions applied to one article's extraction, without a server. */
class MergedExtractionTest {

    private static ExtractedEntity person(String id, String name, int start) {
        return new ExtractedEntity(id, EntityType.PERSON, name, List.of(), Map.of(), 1,
                List.of(new MentionSpan(start, start + name.length(), name, 0, MentionSpan.Kind.NAME)));
    }

    private static ExtractedRelation met(String a, String b) {
        return new ExtractedRelation(RelationType.MET_WITH, a, b, Map.of(), new Evidence(0, "s", 0, 1, 0.8));
    }

    @Test
    void twoEntitiesThatAreOneAreCombinedAndAFactBetweenThemDisappears() {
        Extraction x = new Extraction(List.of(), List.of(person("person:a", "Ann Quist", 0), person("person:b", "A. Quist", 20),
                person("person:c", "Carl Berg", 40)), List.of(met("person:a", "person:b"), met("person:b", "person:c")));
        Extraction merged = MergedExtraction.apply(x, id -> id.equals("person:b") ? "person:a" : id);

        assertEquals(2, merged.entities().size());
        ExtractedEntity ann = merged.entities().get(0);
        assertEquals("person:a", ann.id());
        assertEquals("Ann Quist", ann.name(), "the kept entity's name");
        assertTrue(ann.aliases().contains("A. Quist"));
        assertEquals(2, ann.mentions());
        assertEquals(List.of(0, 20), ann.mentionSpans().stream().map(MentionSpan::start).toList());
        assertEquals(1, merged.relations().size(), "no fact of a person with themselves");
        assertEquals("person:a", merged.relations().get(0).sourceId());
    }

    @Test
    void anExtractionNoDecisionTouchesIsReturnedAsItIs() {
        Extraction x = new Extraction(List.of(), List.of(person("person:c", "Carl Berg", 0)), List.of());
        assertSame(x, MergedExtraction.apply(x, id -> id));
    }

    @Test
    void aSplitAliasMovesAnArticleNamedOnlySoWholeAndOnlyItsMentionsWhereOtherNamesStay() {
        Map<String, List<SplitExtraction.Split>> splits = Map.of("person:a",
                List.of(new SplitExtraction.Split("A. Quist", "person:a-quist", "A. Quist")));
        Extraction onlyAlias = new Extraction(List.of(), List.of(person("person:a", "A. Quist", 0),
                person("person:c", "Carl Berg", 40)), List.of(met("person:a", "person:c")));
        Extraction moved = SplitExtraction.apply(onlyAlias, splits);
        assertEquals("person:a-quist", moved.entities().get(0).id());
        assertEquals("person:a-quist", moved.relations().get(0).sourceId(), "its facts go with it");

        ExtractedEntity both = new ExtractedEntity("person:a", EntityType.PERSON, "Ann Quist", List.of("A. Quist"), Map.of(),
                2, List.of(new MentionSpan(0, 9, "Ann Quist", 0, MentionSpan.Kind.NAME),
                        new MentionSpan(20, 28, "A. Quist", 1, MentionSpan.Kind.NAME)));
        Extraction mixed = SplitExtraction.apply(new Extraction(List.of(), List.of(both), List.of(met("person:a", "person:c"))),
                splits);
        assertEquals(List.of("person:a", "person:a-quist"), mixed.entities().stream().map(ExtractedEntity::id).toList());
        assertEquals(List.of(), mixed.entities().get(0).aliases());
        assertEquals("person:a", mixed.relations().get(0).sourceId(), "where other names stay, the facts stay");
    }
}
