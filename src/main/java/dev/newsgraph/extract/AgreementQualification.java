package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage: agreements named only by a generic descriptor get their parties into the name, so that unrelated deals
 * do not merge across articles: "Chile and Peru signed a free trade agreement" -> "Chile-Peru free trade
 * agreement"; "Code of Conduct" gets the sea it governs. Without any party the agreement is dropped.
 */
final class AgreementQualification {

    private final ArticleDocument doc;
    private final EntityRegistry entities;
    private final GlobalAliases globalAliases;
    /** Agreements merged into another of the same qualified name, and those dropped. */
    private final Map<Entity, Entity> merged = new HashMap<>();
    private final Set<Entity> dropped = new HashSet<>();

    AgreementQualification(ArticleDocument doc) {
        this.doc = doc;
        this.entities = doc.entities;
        this.globalAliases = new GlobalAliases(doc.lexicon);
    }

    /** Qualifies in order of the agreements' creation; relations are moved to merged agreements. */
    void qualify() {
        for (Entity e : new ArrayList<>(entities.all())) {
            if (e.type == EntityType.AGREEMENT && e.name.equals("Code of Conduct")) {
                qualifyByPlace(e);
            } else if (globalAliases.genericAgreement(e) && !(e.mentions == 0 && e.first == Integer.MAX_VALUE)) {
                qualifyByParties(e);
            }
        }
        if (merged.isEmpty() && dropped.isEmpty()) {
            return;
        }
        for (Entity d : dropped) {
            entities.remove(d);
        }
        doc.relations.remap(x -> {
            Entity m = merged.getOrDefault(x, x);
            return dropped.contains(m) ? null : m;
        });
        for (Entity x : merged.keySet()) {
            entities.remove(x);
        }
    }

    private void qualifyByParties(Entity e) {
        List<Entity> parties = partiesByRelation(e);
        if (parties.isEmpty()) {
            parties = partiesBySentence(e);
        }
        if (parties.isEmpty()) {
            dropped.add(e);
            return;
        }
        if (parties.size() > 2 || parties.get(0).first > parties.get(parties.size() - 1).first) {
            parties.sort(Comparator.comparingInt((Entity p) -> p.first).thenComparing(p -> p.id));
        }
        List<String> labels = new ArrayList<>();
        for (Entity p : parties) {
            if (!labels.contains(partyLabel(p))) {
                labels.add(partyLabel(p));
            }
        }
        String q = String.join("-", labels);
        String rq = labels.size() == 2 ? labels.get(1) + "-" + labels.get(0) : null;
        String base = canonicalDescriptor(e.name);
        List<String> old = new ArrayList<>(e.aliases);
        old.add(0, e.name);
        String name = q + " " + base;
        String id = "agreement:" + Text.slug(name);
        Entity target = entities.get(id);
        if (target != null && target != e) {
            merged.put(e, target);
            target.mentions += e.mentions;
            target.spans.addAll(e.spans);
            target.first = Math.min(target.first, e.first);
        } else {
            entities.rename(e, id, name);
            target = e;
        }
        for (String a : old) {
            if (lowerCase(a)) {
                target.aliases.add(q + " " + a);
                if (rq != null) {
                    target.aliases.add(rq + " " + a);
                }
            }
        }
        if (rq != null) {
            target.aliases.add(rq + " " + base);
        }
    }

    /** The parties of its PARTY_TO relations (a person's country for a person). */
    private List<Entity> partiesByRelation(Entity e) {
        List<Entity> parties = new ArrayList<>();
        for (Relation r : doc.relations.all()) {
            if (r.type() == RelationType.PARTY_TO && r.dst() == e) {
                Entity p = r.src().type == EntityType.PERSON ? entities.affiliationCountry(r.src()) : r.src();
                if (p != null && p != e && !parties.contains(p) && p.type != EntityType.PERSON) {
                    parties.add(p);
                }
            }
        }
        return parties;
    }

    /** The countries of the sentence that first names it; "X ... an agreement with Y": X and Y first. */
    private List<Entity> partiesBySentence(Entity e) {
        List<Entity> parties = new ArrayList<>();
        for (ArticleSentence s : doc.sentences) {
            Mention here = null;
            for (Mention m : s.mentions) {
                if (m.entity == e && here == null) {
                    here = m;
                }
            }
            if (here == null) {
                continue;
            }
            if (withPartner(s, here, parties)) {
                break;
            }
            for (Mention m : s.mentions) {
                Entity c = m.entity.type == EntityType.COUNTRY ? m.entity
                        : m.entity.type == EntityType.PERSON && !m.ref ? entities.affiliationCountry(m.entity) : null;
                if (c != null && !parties.contains(c)) {
                    parties.add(c);
                }
            }
            if (!parties.isEmpty()) {
                break;
            }
        }
        return parties;
    }

    /** "X ... an agreement with (the) Y": adds X and Y and says so. */
    private static boolean withPartner(ArticleSentence s, Mention here, List<Entity> parties) {
        if (here.t1 + 1 >= s.size() || !s.token(here.t1).is("with")) {
            return false;
        }
        Entity with = null;
        int at = here.t1 + 1 + (s.token(here.t1 + 1).is("the") ? 1 : 0);
        for (Mention m : s.mentions) {
            if (with == null && m.t0 == at && (m.entity.type == EntityType.COUNTRY || m.entity.type == EntityType.ORGANIZATION)) {
                with = m.entity;
            }
        }
        Entity subj = null;
        for (Mention m : s.mentions) {
            if (subj == null && m.entity.type == EntityType.COUNTRY && !m.inner && m.t1 <= here.t0 && m.entity != with) {
                subj = m.entity;
            }
        }
        if (with == null || subj == null) {
            return false;
        }
        parties.add(subj);
        parties.add(with);
        return true;
    }

    /** "Code of Conduct" is named by the sea or region it governs: the place in its sentence, else the article's main one. */
    private void qualifyByPlace(Entity e) {
        Entity place = null;
        Map<Entity, Integer> counts = new HashMap<>();
        for (ArticleSentence s : doc.sentences) {
            boolean here = false;
            for (Mention m : s.mentions) {
                here |= m.entity == e;
            }
            for (Mention m : s.mentions) {
                if (m.entity.type == EntityType.PLACE && !m.ref) {
                    if (here && place == null) {
                        place = m.entity;
                    }
                    counts.merge(m.entity, 1, Integer::sum);
                }
            }
        }
        if (place == null) {
            int best = 1;
            for (Map.Entry<Entity, Integer> c : counts.entrySet()) {
                if (c.getValue() > best || c.getValue() == best && place != null && c.getKey().id.compareTo(place.id) < 0) {
                    best = c.getValue();
                    place = c.getKey();
                }
            }
        }
        if (place == null || entities.contains("agreement:" + Text.slug(place.name + " " + e.name))) {
            return;
        }
        String name = place.name + " " + e.name;
        entities.rename(e, "agreement:" + Text.slug(name), name);
    }

    /** A short label for an agreement party: "US", "UK", "China", "EU". */
    private static String partyLabel(Entity e) {
        if (e.type == EntityType.COUNTRY) {
            String code = e.attrs.get("code");
            if (code != null) {
                switch (code) {
                    case "US":
                        return "US";
                    case "GB":
                        return "UK";
                    case "AE":
                        return "UAE";
                    default:
                        break;
                }
            }
            return e.name;
        }
        String acr = e.attrs.get("acronym");
        return acr != null ? acr : e.name;
    }

    /** Lower-case surface of a descriptor ("military-to-military communications channels"), not a proper name. */
    private static boolean lowerCase(String a) {
        for (int i = 0; i < a.length(); i++) {
            if (Character.isUpperCase(a.charAt(i))) {
                return false;
            }
        }
        return !a.isBlank();
    }

    /** The descriptor in a canonical form, so that the same kind of deal gets the same id: modifiers in "-ions" singular. */
    static String canonicalDescriptor(String np) {
        String[] w = np.trim().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String x = w[i];
            if (i < w.length - 1 && x.endsWith("ions") && x.length() > 6) {
                x = x.substring(0, x.length() - 1);
            }
            b.append(i == 0 ? "" : " ").append(x);
        }
        return b.toString();
    }
}
