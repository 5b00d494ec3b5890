package dev.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Cypher an entity shape becomes, without a server: what goes into the text and what into parameters. */
class EntityProjectionTest {

    private static final String HOSTILE = "x'}) MATCH (n) DETACH DELETE n //";

    @Test
    void whatTheClientSendsIsAlwaysAParameterNeverQueryText() {
        EntityShape other = EntityShape.BARE.with(new EntityShape.Articles(7));
        EntityShape shape = EntityShape.BARE.with(new EntityShape.Relations(List.of("MET_WITH"), Direction.OUTGOING, 3,
                new EntityShape.RelationCursor("MET_WITH", HOSTILE, HOSTILE), 2, other, false, 0.55, true));

        EntityProjection projection = new EntityProjection();
        String cypher = projection.of("n", shape);

        assertFalse(cypher.contains("DETACH"), cypher);
        assertTrue(projection.params().containsValue(HOSTILE));
        assertTrue(projection.params().containsValue(3));
        assertTrue(projection.params().containsValue(7));
        assertTrue(projection.params().containsValue(0.55), "the minimum confidence is a parameter too");
        // The relation type and direction are written into the pattern, from the closed set only.
        assertTrue(cypher.contains("(n)-[r0:MET_WITH|RETRACTED]->(o0)"), cypher);
    }

    @Test
    void relationTypesOutsideTheClosedSetNeverReachAQuery() {
        assertThrows(IllegalArgumentException.class, () -> new EntityShape.Relations(List.of("MET_WITH]-() DELETE x //"),
                Direction.BOTH, 3, null, 0, EntityShape.BARE, false, null, false));
        EntityShape.Relations mixed = new EntityShape.Relations(List.of("X) DELETE x", "PARTY_TO"), Direction.BOTH, 3,
                null, 0, EntityShape.BARE, false, null, false);
        assertEquals(List.of("PARTY_TO"), mixed.types());
    }

    @Test
    void onlySelectedPropertiesAreRead() {
        String bare = new EntityProjection().of("n", EntityShape.BARE);
        assertFalse(bare.contains("MENTIONS"), bare);
        assertFalse(bare.contains("aliases"), bare);
        String withMentions = new EntityProjection().of("n", EntityShape.BARE.withProperty("mentions"));
        assertTrue(withMentions.contains("COUNT { ()-[:MENTIONS]->(n) }"), withMentions);
    }

    @Test
    void aliasesOfOneListAreMergedAndTheirSelectionsJoined() {
        EntityShape a = EntityShape.BARE.with(new EntityShape.CoMentioned(5, EntityShape.BARE.withProperty("aliases")));
        EntityShape b = a.with(new EntityShape.CoMentioned(5, EntityShape.BARE.withProperty("mentions")));
        assertEquals(1, b.lists().size());
        assertEquals(java.util.Set.of("aliases", "mentions"), b.lists().get(0).inner().properties());
        // Another argument is another list.
        assertEquals(2, b.with(new EntityShape.CoMentioned(6, EntityShape.BARE)).lists().size());
    }
}
