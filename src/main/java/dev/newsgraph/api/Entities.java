package dev.newsgraph.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.graph.GraphRecords.EntityRecord;

/**
 * The typed entities of the API: one GraphQL interface, {@code Entity}, and a type per kind with its own
 * fields. Each carries the nested lists its query already read (see {@link Selections}), so that the
 * fields resolving them need no further round trip.
 */
public final class Entities {

    private Entities() {
    }

    @Interface
    @Name("Entity")
    @Description("A person, country, organization, agreement, place or event, as one node across all articles.")
    public interface Entity {
        @NonNull
        @Id
        String getId();

        @NonNull
        EntityType getType();

        @NonNull
        String getName();

        @NonNull
        List<@NonNull String> getAliases();

        @Description("Number of articles that mention it")
        long getMentions();
    }

    /**
     * The fields every kind shares, and what its query read of its nested lists. It does not implement
     * {@link Entity} itself, or it would become a GraphQL type of its own; each kind does.
     */
    public abstract static class EntityNode {
        private final EntityRecord record;

        EntityNode(EntityRecord record) {
            this.record = record;
        }

        public @NonNull @Id String getId() {
            return record.id();
        }

        public @NonNull EntityType getType() {
            return EntityType.valueOf(record.type());
        }

        public @NonNull String getName() {
            return record.name();
        }

        public @NonNull List<@NonNull String> getAliases() {
            return record.aliases();
        }

        @Description("Number of articles that mention it")
        public long getMentions() {
            return record.mentions();
        }

        /** The nested list (or page) read with the entity under {@code key}, or null when its query did not read it. */
        @Ignore
        <T> T nested(String key) {
            return record.nested(key);
        }

        @Ignore
        EntityRecord record() {
            return record;
        }
    }

    @Name("Person")
    @Description("A person; roles lists the titles held and where.")
    public static final class Person extends EntityNode implements Entity {
        Person(EntityRecord record) {
            super(record);
        }
    }

    @Name("Country")
    @Description("A country, one node per ISO 3166-1 code.")
    public static final class Country extends EntityNode implements Entity {
        Country(EntityRecord record) {
            super(record);
        }

        @Description("ISO 3166-1 alpha-2 code")
        public String getCode() {
            return record().code();
        }
    }

    @Name("Organization")
    @Description("A government body, alliance, company or other organization.")
    public static final class Organization extends EntityNode implements Entity {
        Organization(EntityRecord record) {
            super(record);
        }

        @Description("Its acronym, when it has one (NATO, ASEAN)")
        public String getAcronym() {
            return record().acronym();
        }
    }

    @Name("Agreement")
    @Description("A treaty, deal or accord; parties lists who is party to it and with which status.")
    public static final class Agreement extends EntityNode implements Entity {
        Agreement(EntityRecord record) {
            super(record);
        }
    }

    @Name("Place")
    @Description("A city or other place, not a country.")
    public static final class Place extends EntityNode implements Entity {
        Place(EntityRecord record) {
            super(record);
        }
    }

    @Name("Event")
    @Description("A summit, election, war or other named event.")
    public static final class Event extends EntityNode implements Entity {
        Event(EntityRecord record) {
            super(record);
        }
    }

    /** The API type of a graph entity, chosen by its kind. */
    static Entity of(EntityRecord record) {
        return switch (EntityType.valueOf(record.type())) {
            case Person -> new Person(record);
            case Country -> new Country(record);
            case Organization -> new Organization(record);
            case Agreement -> new Agreement(record);
            case Place -> new Place(record);
            case Event -> new Event(record);
        };
    }
}
