package dev.newsgraph.api;

/** The kinds of entity in the graph; each value is also the entity's Neo4j label. */
public enum EntityType {
    Person, Country, Organization, Agreement, Place, Event
}
