package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

import dev.newsgraph.extract.Lexicon.How;

/** Stage: full names found again where mention detection could not see a name ("He Lifeng said" starts with a pronoun). */
final class FullNameRescan {

    private final ArticleDocument doc;

    FullNameRescan(ArticleDocument doc) {
        this.doc = doc;
    }

    void rescan() {
        List<Entity> persons = new ArrayList<>();
        for (Entity e : doc.entities.all()) {
            if (e.type == EntityType.PERSON && e.nameTokens.size() >= 2) {
                persons.add(e);
            }
        }
        if (persons.isEmpty()) {
            return;
        }
        for (ArticleSentence s : doc.sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.token(i).cap() || s.covered(i)) {
                    continue;
                }
                for (Entity e : persons) {
                    int length = matchAt(s, i, Tokenizer.keyTokens(e.name));
                    if (length > 0) {
                        s.addMention(i, i + length, e, How.NAME, false);
                        i += length - 1;
                        break;
                    }
                }
            }
        }
    }

    /** The number of tokens matched when the name's tokens stand at i and are not yet covered, else 0. */
    private static int matchAt(ArticleSentence s, int i, List<String> name) {
        if (i + name.size() > s.size()) {
            return 0;
        }
        for (int k = 0; k < name.size(); k++) {
            if (!s.token(i + k).text.equals(name.get(k)) || s.covered(i + k)) {
                return 0;
            }
        }
        return name.size();
    }
}
