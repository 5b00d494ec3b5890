package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsgraph.extract.Lexicon.Hit;

/**
 * The entities of one article by id, in order of creation (which later lookups depend on), and the ways to get
 * one: from a gazetteer hit (countries with their ISO code, organizations with acronym and country), by name.
 */
final class EntityRegistry {

    private final Lexicon lex;
    private final Map<String, Entity> byId = new LinkedHashMap<>();

    EntityRegistry(Lexicon lex) {
        this.lex = lex;
    }

    Collection<Entity> all() {
        return byId.values();
    }

    Entity get(String id) {
        return byId.get(id);
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    void remove(Entity e) {
        byId.remove(e.id);
    }

    /** Gives e a new id and name, keeping it in the registry. */
    void rename(Entity e, String id, String name) {
        byId.remove(e.id);
        e.id = id;
        e.name = name;
        byId.put(id, e);
    }

    /** The entity with this id; created with this type and name if there is none yet. */
    Entity getOrCreate(String id, EntityType type, String name) {
        return byId.computeIfAbsent(id, k -> new Entity(id, type, name));
    }

    Entity organizationNamed(String name) {
        return getOrCreate("org:" + Text.slug(name), EntityType.ORGANIZATION, name);
    }

    Entity placeNamed(String name) {
        return getOrCreate("place:" + Text.slug(name), EntityType.PLACE, name);
    }

    Entity eventNamed(String name) {
        return getOrCreate("event:" + Text.slug(name), EntityType.EVENT, name);
    }

    /** An agreement by name; {@code head} ("pact", "channel") is recorded when given. */
    Entity agreement(String name, String head) {
        Entity e = getOrCreate("agreement:" + Text.slug(name), EntityType.AGREEMENT, name);
        if (head != null) {
            e.head = head;
        }
        return e;
    }

    Entity fromHit(Hit h) {
        return switch (h.type()) {
            case COUNTRY -> country(h.key());
            case ORGANIZATION -> organization(h.key());
            case PLACE -> placeNamed(h.key());
            case AGREEMENT -> agreement(h.key(), null);
            case PERSON -> person(h.key());
            default -> null;
        };
    }

    /** A country by ISO code, with its official name and aliases. */
    Entity country(String code) {
        Lexicon.Country c = lex.countries.get(code);
        Entity e = getOrCreate("country:" + code, EntityType.COUNTRY, c.name());
        if (e.attrs.isEmpty()) {
            e.attrs.put("code", code);
            if (c.official() != null) {
                e.aliases.add(c.official());
            }
            e.aliases.addAll(c.aliases());
        }
        return e;
    }

    /** A known organization by gazetteer key, with its kind, acronym and (for government bodies) country. */
    Entity organization(String key) {
        Lexicon.Org o = lex.orgs.get(key);
        Entity e = getOrCreate("org:" + Text.slug(key), EntityType.ORGANIZATION, o.name());
        if (e.orgKind.isEmpty()) {
            e.orgKind = o.kind().contains(":") ? o.kind().substring(0, o.kind().indexOf(':')) : o.kind();
            if (lex.orgCountry.containsKey(key)) {
                e.attrs.put("country", lex.orgCountry.get(key));
            }
            if (o.acronym() != null) {
                e.attrs.put("acronym", o.acronym());
                e.aliases.add(o.acronym());
            } else if (!key.equals(o.name())) {
                e.aliases.add(key);
            }
            e.aliases.addAll(o.aliases());
        }
        return e;
    }

    /** A country or an organization by gazetteer key (office holders are affiliated with either). */
    Entity countryOrOrganization(String key) {
        return lex.countries.containsKey(key) ? country(key) : organization(key);
    }

    Entity person(String fullName) {
        Entity e = getOrCreate("person:" + Text.slug(fullName), EntityType.PERSON, fullName);
        if (e.nameTokens.isEmpty()) {
            e.nameTokens = PersonNames.tokens(fullName);
        }
        return e;
    }

    /** A person known by one name only ("Okonkwo"), marked so that readers know it may be anyone of that name. */
    Entity partialPerson(String name) {
        Entity e = person(name);
        e.attrs.put("partialName", "true");
        return e;
    }

    /** The person with this name, or the one person whose longer name starts or ends with it; never a guess. */
    Entity personByName(String name) {
        String k = Text.key(name);
        for (Entity e : byId.values()) {
            if (e.type == EntityType.PERSON && Text.key(e.name).equals(k)) {
                return e;
            }
        }
        Entity found = null;
        int words = PersonNames.tokens(name).size();
        for (Entity e : byId.values()) {
            if (e.type == EntityType.PERSON && e.nameTokens.size() > words && words > 0) {
                String full = Text.key(e.name);
                if (full.endsWith(" " + k) || full.startsWith(k + " ")) {
                    if (found != null) {
                        return null; // shared by two people: ambiguous, never guessed
                    }
                    found = e;
                }
            }
        }
        return found;
    }

    /**
     * Persons with a multi-word name that contains the given word; when several do and the phrase has a role,
     * the one person who holds that role.
     */
    List<Entity> personsWithToken(String word, Lexicon.TitleDef role) {
        String k = Text.key(word);
        List<Entity> out = new ArrayList<>();
        for (Entity e : byId.values()) {
            if (e.type != EntityType.PERSON || e.nameTokens.size() < 2) {
                continue;
            }
            for (String t : e.nameTokens) {
                if (Text.key(t).equals(k)) {
                    out.add(e);
                    break;
                }
            }
        }
        if (out.size() > 1 && role != null) {
            List<Entity> f = new ArrayList<>();
            String tk = TitleKeys.of(role.canonical());
            for (Entity e : out) {
                for (Role r : e.roles) {
                    if (r.titleKey().equals(tk)) {
                        f.add(e);
                        break;
                    }
                }
            }
            if (f.size() == 1) {
                return f;
            }
        }
        return out;
    }

    /** The country a person serves: of a role directly, or through an organization of that country. */
    Entity affiliationCountry(Entity person) {
        for (Role r : person.roles) {
            if (r.affil() != null && r.affil().type == EntityType.COUNTRY) {
                return r.affil();
            }
        }
        for (Role r : person.roles) {
            if (r.affil() != null && r.affil().attrs.containsKey("country")) {
                return country(r.affil().attrs.get("country"));
            }
        }
        return null;
    }
}
