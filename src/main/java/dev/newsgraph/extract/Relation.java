package dev.newsgraph.extract;

import java.util.Map;

/** A relation while the article is extracted; becomes an {@link ExtractedRelation} at the end. */
record Relation(RelationType type, Entity src, Entity dst, Map<String, String> props, ArticleSentence sentence,
        double conf) {
}
