package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Over the project's gold set (eval/articles): every role the extractor gives a person in a country is in a
 * country the gold gives that person a role in; never the country of the counterpart the person met.
 */
class RoleCountriesTest {

    @Test
    void rolesAreInThePersonsOwnCountryNeverTheCounterparts() throws IOException {
        Extractor extractor = Extractor.loadDefault();
        List<String> wrong = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> s = Files.list(Path.of("eval/articles"))) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertTrue(golds.size() >= 10, "the gold set is there: " + golds.size());
        for (Path g : golds) {
            JsonObject gold = Json.createReader(new StringReader(Files.readString(g))).readObject();
            Path text = Path.of(g.toString().replace(".gold.json", ".txt"));
            Extraction x = extractor.extract(Files.readString(text));
            Map<String, Set<String>> goldCountries = goldRoleCountries(gold);
            Map<String, ExtractedEntity> byId = new HashMap<>();
            x.entities().forEach(e -> byId.put(e.id(), e));
            for (ExtractedRelation r : x.relations()) {
                ExtractedEntity person = byId.get(r.sourceId());
                ExtractedEntity country = byId.get(r.targetId());
                if (r.type() != RelationType.HOLDS_ROLE || country == null || country.type() != EntityType.COUNTRY) {
                    continue;
                }
                Set<String> allowed = goldCountries.get(fold(person.name()));
                if (allowed != null && !allowed.isEmpty() && names(country).stream().noneMatch(allowed::contains)) {
                    wrong.add(g.getFileName() + ": " + person.name() + " -> " + country.name() + " (gold " + allowed + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), "roles in another country than the gold's: " + wrong);
    }

    /** Gold person (folded name and aliases) -> the folded names and aliases of the countries of their roles. */
    private static Map<String, Set<String>> goldRoleCountries(JsonObject gold) {
        Map<String, Set<String>> namesOf = new HashMap<>();
        Set<String> countries = new HashSet<>();
        for (JsonValue v : gold.getJsonArray("entities")) {
            JsonObject e = v.asJsonObject();
            Set<String> names = new HashSet<>();
            names.add(fold(e.getString("name")));
            if (e.containsKey("aliases")) {
                e.getJsonArray("aliases").forEach(a -> names.add(fold(((jakarta.json.JsonString) a).getString())));
            }
            namesOf.put(fold(e.getString("name")), names);
            if (e.getString("type").equals("Country")) {
                countries.add(fold(e.getString("name")));
            }
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonValue v : gold.getJsonArray("relations")) {
            JsonObject r = v.asJsonObject();
            String target = fold(r.getString("target"));
            if (!r.getString("type").equals("HOLDS_ROLE") || !countries.contains(target)) {
                continue;
            }
            for (String n : namesOf.getOrDefault(fold(r.getString("source")), Set.of(fold(r.getString("source"))))) {
                out.computeIfAbsent(n, k -> new HashSet<>()).addAll(namesOf.getOrDefault(target, Set.of(target)));
            }
        }
        return out;
    }

    private static Set<String> names(ExtractedEntity e) {
        Set<String> out = new HashSet<>();
        out.add(fold(e.name()));
        e.aliases().forEach(a -> out.add(fold(a)));
        return out;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace(".", "").replaceFirst("^the ", "").trim();
    }
}
