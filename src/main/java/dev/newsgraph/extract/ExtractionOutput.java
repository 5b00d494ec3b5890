package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stage: the public result. Entities with a counted mention, or that a relation needs, in order of first
 * mention, with their global aliases; relations in sentence order with their evidence sentence.
 */
final class ExtractionOutput {

    private final ArticleDocument doc;
    private final GlobalAliases globalAliases;

    ExtractionOutput(ArticleDocument doc) {
        this.doc = doc;
        this.globalAliases = new GlobalAliases(doc.lexicon);
    }

    Extraction build() {
        List<Sentence> sentences = new ArrayList<>(doc.sentences.size());
        for (ArticleSentence s : doc.sentences) {
            sentences.add(new Sentence(s.index, s.start, s.end, s.text));
        }
        List<ExtractedEntity> entities = new ArrayList<>();
        for (Entity e : keptEntities()) {
            Map<String, String> attrs = new TreeMap<>(e.attrs);
            attrs.remove("country");
            List<MentionSpan> spans = new ArrayList<>(e.spans);
            spans.sort(Comparator.comparingInt(MentionSpan::start).thenComparingInt(MentionSpan::end));
            entities.add(new ExtractedEntity(e.id, e.type, e.name, aliases(e), attrs, Math.max(1, e.mentions), spans));
        }
        List<Relation> rl = new ArrayList<>(doc.relations.all());
        rl.sort(Comparator.comparingInt((Relation r) -> r.sentence().index).thenComparing(Relation::type)
                .thenComparing(r -> r.src().id).thenComparing(r -> r.dst().id));
        List<ExtractedRelation> relations = new ArrayList<>(rl.size());
        for (Relation r : rl) {
            ArticleSentence s = r.sentence();
            relations.add(new ExtractedRelation(r.type(), r.src().id, r.dst().id, r.props(),
                    new Evidence(s.index, s.text, s.start, s.end, Math.round(r.conf() * 100) / 100.0)));
        }
        return new Extraction(sentences, entities, relations);
    }

    /** Mentioned entities, and those only relations reach (by reference), in order of first mention, then id. */
    private List<Entity> keptEntities() {
        Set<Entity> used = new LinkedHashSet<>();
        for (Relation r : doc.relations.all()) {
            used.add(r.src());
            used.add(r.dst());
        }
        List<Entity> list = new ArrayList<>();
        for (Entity e : doc.entities.all()) {
            if (e.mentions > 0 || used.contains(e) && e.first != Integer.MAX_VALUE) {
                list.add(e);
            }
        }
        for (Entity e : used) {
            if (!list.contains(e)) {
                list.add(e);
            }
        }
        list.sort(Comparator.comparingInt((Entity e) -> e.first).thenComparing(e -> e.id));
        return list;
    }

    private List<String> aliases(Entity e) {
        List<String> aliases = new ArrayList<>();
        for (String a : e.aliases) {
            String clean = a.replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
            if (clean.endsWith(" 's") || clean.endsWith("'s")) {
                clean = clean.substring(0, clean.length() - 2).trim();
            }
            if (!clean.isEmpty() && !clean.equals(e.name) && !aliases.contains(clean) && globalAliases.globalAlias(e, clean)) {
                aliases.add(clean);
            }
        }
        return aliases;
    }
}
