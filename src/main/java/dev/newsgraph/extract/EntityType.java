package dev.newsgraph.extract;

/** The kinds of entity the extractor produces; {@link #label()} is the graph label. */
public enum EntityType {
    PERSON("Person"), COUNTRY("Country"), ORGANIZATION("Organization"), AGREEMENT("Agreement"), PLACE("Place"),
    EVENT("Event");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
