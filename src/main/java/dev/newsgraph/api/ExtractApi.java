package dev.newsgraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.newsgraph.api.Views.MentionSpanView;
import dev.newsgraph.article.ArticleText;
import dev.newsgraph.extract.ExtractedEntity;
import dev.newsgraph.extract.ExtractedRelation;
import dev.newsgraph.extract.Extraction;
import dev.newsgraph.extract.Extractor;
import dev.newsgraph.extract.RelationType;
import dev.newsgraph.security.Access;

/** The dry run: what the extractor finds in a text, with evidence, without writing anything. */
@GraphQLApi
@Access(Access.Level.READ)
public class ExtractApi {

    @Inject
    Extractor extractor;

    @ConfigProperty(name = "newsgraph.article.max-input-chars", defaultValue = "2000000")
    int maxInputChars;

    @Name("ExtractedEntity")
    public record ExtractedEntityView(@NonNull @Id String id, @NonNull EntityType type, @NonNull String name,
            @NonNull List<@NonNull String> aliases, String code, String acronym,
            @Description("How often the text mentions it, references such as \"he\" or \"the bloc\" included") int count,
            @NonNull @Description("Where the text names it (names, acronyms, surnames; not pronouns or descriptions), "
                    + "in text order; offsets refer to the extraction's text") List<@NonNull MentionSpanView> mentions) {
    }

    @Name("ExtractedEvidence")
    public record ExtractedEvidenceView(@NonNull String sentence, int sentenceIndex, int start, int end,
            double confidence) {
    }

    @Name("ExtractedRelation")
    public record ExtractedRelationView(@NonNull RelationType type, @NonNull ExtractedEntityView source,
            @NonNull ExtractedEntityView target, String title, String status,
            @NonNull ExtractedEvidenceView evidence) {
    }

    @Name("Extraction")
    public record ExtractionView(@NonNull String extractorVersion,
            @NonNull @Description("The text the extractor read: the input with HTML reduced to text and whitespace "
                    + "tidied, as ingestArticle stores it. Every offset refers to it.") String text,
            int sentences,
            @NonNull List<@NonNull ExtractedEntityView> entities,
            @NonNull List<@NonNull ExtractedRelationView> relations) {
    }

    @Query
    @Description("Extracts entities and relations from a text (plain or HTML) and writes nothing. "
            + "Offsets refer to the cleaned text, as it would be stored, which the result's text field holds.")
    public @NonNull ExtractionView extract(@NonNull String text) {
        if (text.length() > maxInputChars) {
            throw new BadUserInputException("text is " + text.length() + " characters; the limit is " + maxInputChars);
        }
        String cleaned = ArticleText.clean(text);
        Extraction extraction = extractor.extract(cleaned);
        Map<String, ExtractedEntityView> byId = new HashMap<>();
        List<ExtractedEntityView> entities = extraction.entities().stream().map(e -> {
            ExtractedEntityView view = view(e);
            byId.put(e.id(), view);
            return view;
        }).toList();
        List<ExtractedRelationView> relations = extraction.relations().stream()
                .filter(r -> byId.containsKey(r.sourceId()) && byId.containsKey(r.targetId()))
                .map(r -> view(r, byId)).toList();
        return new ExtractionView(Extractor.VERSION, cleaned, extraction.sentences().size(), entities, relations);
    }

    private static ExtractedEntityView view(ExtractedEntity e) {
        return new ExtractedEntityView(e.id(), EntityType.valueOf(e.type().label()), e.name(), e.aliases(),
                e.attributes().get("code"), e.attributes().get("acronym"), e.mentions(),
                e.mentionSpans().stream().map(MentionSpanView::of).toList());
    }

    private static ExtractedRelationView view(ExtractedRelation r, Map<String, ExtractedEntityView> byId) {
        var ev = r.evidence();
        return new ExtractedRelationView(r.type(), byId.get(r.sourceId()), byId.get(r.targetId()),
                r.properties().get("title"), r.properties().get("status"),
                new ExtractedEvidenceView(ev.sentence(), ev.sentenceIndex(), ev.start(), ev.end(), ev.confidence()));
    }
}
