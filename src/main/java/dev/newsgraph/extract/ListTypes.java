package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.newsgraph.extract.ner.NameCues;

/**
 * Stage, after typing: the names of one list are of one kind. In "websites such as Reddit, Twitter and Spotify" or
 * "Spotify, Tesla, Uber and Snapchat", when at least two items of a list of three or more are organizations (or
 * persons), and none is of the other kind, a lone word of the list that only the tagger typed otherwise, or left
 * untyped, is one too. Places are left alone: a list may join blocs and countries ("the EU, China and
 * Japan"), and a gazetteer's name is never retyped.
 */
final class ListTypes {

    /** One name of a sentence: a gazetteer mention (its entity's type) or a name run (its type so far). */
    private record Item(int t0, int t1, EntityType type, NameRun run) {
    }

    private final ArticleDocument doc;

    ListTypes(ArticleDocument doc) {
        this.doc = doc;
    }

    void retype() {
        Map<ArticleSentence, List<NameRun>> runs = new IdentityHashMap<>();
        for (NameRun r : doc.nameRuns) {
            runs.computeIfAbsent(r.sentence, k -> new ArrayList<>()).add(r);
        }
        for (ArticleSentence s : doc.sentences) {
            if (s.headline) {
                continue;
            }
            List<Item> items = items(s, runs.getOrDefault(s, List.of()));
            int i = 0;
            while (i < items.size()) {
                int end = listEnd(s, items, i);
                if (end - i >= 3) {
                    retypeList(items.subList(i, end));
                }
                i = Math.max(end, i + 1);
            }
        }
    }

    private static List<Item> items(ArticleSentence s, List<NameRun> runs) {
        List<Item> items = new ArrayList<>();
        for (Mention m : s.mentions) {
            if (!m.inner) {
                items.add(new Item(m.t0, m.t1, m.entity.type, null));
            }
        }
        for (NameRun r : runs) {
            items.add(new Item(r.t0, r.t1, r.type, r));
        }
        items.sort(Comparator.comparingInt(Item::t0));
        return items;
    }

    /** The index after the last item of the list that starts at item i: items joined by ",", "and", "or". */
    private static int listEnd(ArticleSentence s, List<Item> items, int i) {
        int k = i;
        while (k + 1 < items.size() && joined(s, items.get(k).t1(), items.get(k + 1).t0())) {
            k++;
        }
        return k + 1;
    }

    /** Only a comma, "and", "or" or ", and" between tokens a and b. */
    private static boolean joined(ArticleSentence s, int a, int b) {
        if (b <= a || b - a > 2) {
            return false;
        }
        for (int t = a; t < b; t++) {
            Token tok = s.token(t);
            if (!tok.text.equals(",") && !tok.is("and") && !tok.is("or")) {
                return false;
            }
        }
        return b - a == 1 || s.token(a).text.equals(",") && !s.token(a + 1).text.equals(",");
    }

    private static void retypeList(List<Item> list) {
        int organizations = 0;
        int persons = 0;
        for (Item item : list) {
            organizations += item.type() == EntityType.ORGANIZATION ? 1 : 0;
            persons += item.type() == EntityType.PERSON ? 1 : 0;
        }
        EntityType kind = organizations >= 2 && persons == 0 ? EntityType.ORGANIZATION
                : persons >= 2 && organizations == 0 ? EntityType.PERSON : null;
        if (kind == null) {
            return;
        }
        for (Item item : list) {
            NameRun r = item.run();
            // mid-sentence, a capital says name even of a word the corpora also write in lower case ("reddit")
            if (r != null && !r.firm && r.length() == 1 && r.type != kind && r.t0 > 0 && r.sentence.token(r.t0).cap()
                    && !r.sentence.token(r.t0).allCaps() && !NameCues.shared().isCueWord(r.text())) {
                r.type = kind;
                r.firm = true; // the list says what it is, even where the tagger saw no name
            }
        }
    }
}
