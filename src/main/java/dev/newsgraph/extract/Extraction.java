package dev.newsgraph.extract;

import java.util.List;

/** Everything extracted from one article; all lists are immutable and deterministically ordered. */
public record Extraction(List<Sentence> sentences, List<ExtractedEntity> entities, List<ExtractedRelation> relations) {

    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of());

    public Extraction {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }
}
