package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one article while it is extracted: its sentences (tokens and mentions), its entities and
 * relations, and what mention detection read for the later stages (person phrases, name runs, title references).
 * Each stage reads it and extends it; one instance per call, not shared between threads.
 */
final class ArticleDocument {

    final Lexicon lexicon;
    final String text;
    final List<ArticleSentence> sentences = new ArrayList<>();
    final EntityRegistry entities;
    final RelationSet relations = new RelationSet();
    final List<PersonCandidate> personCandidates = new ArrayList<>();
    final List<NameRun> nameRuns = new ArrayList<>();
    final List<TitleReference> titleReferences = new ArrayList<>();
    final List<LateRole> lateRoles = new ArrayList<>();
    /** Roles read without a country or organization: given the one of their context once all are known. */
    final List<PendingRole> pendingRoles = new ArrayList<>();
    /** Acronyms defined in the text, "Long Name (ACR)": acronym -> organization. */
    final Map<String, Entity> acronymDefinitions = new HashMap<>();
    /** The country of a dateline ("SEOUL, June 4 -"), if the article has one. */
    Entity datelineCountry;

    /** A role whose affiliation is still unknown, with the person phrase it was read from. */
    record PendingRole(Entity person, PersonCandidate candidate) {
    }

    ArticleDocument(Lexicon lexicon, String text) {
        this.lexicon = lexicon;
        this.text = text;
        this.entities = new EntityRegistry(lexicon);
    }

    ArticleSentence sentence(int i) {
        return sentences.get(i);
    }
}
