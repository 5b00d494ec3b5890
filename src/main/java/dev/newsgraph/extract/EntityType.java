package dev.newsgraph.extract;

/** The kinds of entity the extractor produces; {@link #label()} is the graph label. */
public enum EntityType {
    PERSON("Person", "person"), COUNTRY("Country", "country"), ORGANIZATION("Organization", "org"),
    AGREEMENT("Agreement", "agreement"), PLACE("Place", "place"), EVENT("Event", "event");

    private final String label;
    private final String idPrefix;

    EntityType(String label, String idPrefix) {
        this.label = label;
        this.idPrefix = idPrefix;
    }

    /** The id an entity of this type with this name gets ("person:jane-smith"), as extraction makes ids. */
    public String idFor(String name) {
        return idPrefix + ":" + Text.slug(name);
    }

    public String label() {
        return label;
    }
}
