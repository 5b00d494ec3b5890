package dev.newsgraph.curation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.extract.EntityType;
import dev.newsgraph.graph.GraphReader;
import dev.newsgraph.graph.GraphWriter;

/**
 * A person's corrections of one entity: its name (renameEntity) and its type (setEntityType). The decision is
 * stored first, so every later projection and a rebuild apply it, then the graph's node is changed at once.
 */
@ApplicationScoped
public class EntityCorrections {

    /** Names longer than this are refused. */
    public static final int MAX_NAME_CHARS = 300;

    @Inject
    CurationDecisions decisions;

    @Inject
    GraphReader reader;

    @Inject
    GraphWriter writer;

    @Inject
    CurationLog log;

    /** @return the id of the entity renamed (the kept one, when {@code id} was merged into it) */
    public String rename(String id, String name, String actor) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException("name must have 1 to " + MAX_NAME_CHARS + " characters");
        }
        String current = existing(id);
        decisions.rename(current, clean);
        writer.rename(current, clean);
        log.record(actor, "renameEntity", current, "name: " + clean, List.of(current));
        return current;
    }

    /** @return the id of the entity given the type (the kept one, when {@code id} was merged into it) */
    public String setType(String id, EntityType type, String actor) {
        String current = existing(id);
        decisions.setType(current, type);
        writer.retype(current, type.label());
        log.record(actor, "setEntityType", current, "type: " + type.label(), List.of(current));
        return current;
    }

    private String existing(String id) {
        String current = decisions.resolve(id);
        if (reader.existingEntities(List.of(current)).isEmpty()) {
            throw new IllegalArgumentException("no entity with the id " + id);
        }
        return current;
    }
}
