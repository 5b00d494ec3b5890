package dev.newsgraph.extract;

/**
 * Which names hold beyond the article: not an article-local descriptor ("the bloc", "the minister", "free trade
 * agreement", "the new president"), not an appositive with a comma, and for a person something with a name in it.
 */
final class GlobalAliases {

    private final Lexicon lex;

    GlobalAliases(Lexicon lex) {
        this.lex = lex;
    }

    boolean globalAlias(Entity e, String a) {
        boolean upper = false;
        for (int i = 0; i < a.length() && !upper; i++) {
            upper = Character.isUpperCase(a.charAt(i)) || Character.isDigit(a.charAt(i));
        }
        if (!upper || a.indexOf(',') >= 0) {
            return false;
        }
        String[] words = Text.fold(a).split("[\\s]+");
        if (e.type == EntityType.AGREEMENT && !lex.agreements.containsKey(a)) {
            boolean generic = true;
            for (String w : words) {
                generic &= WordClasses.GENERIC_AGREEMENT_WORDS.contains(w) || w.equals("code") || w.equals("conduct");
            }
            if (generic) {
                return false; // "Code of Conduct", "Free Trade Agreement": many agreements share these names
            }
        }
        if (e.type == EntityType.PERSON) {
            for (String w : words) {
                for (String n : e.nameTokens) {
                    if (Text.fold(n).equals(w)) {
                        return true;
                    }
                }
            }
            return false;
        }
        boolean descriptive = true;
        for (String w : words) {
            descriptive &= WordClasses.DESCRIPTOR_WORDS.contains(w) || lex.titleDefs.containsKey(w);
        }
        return !descriptive;
    }

    /** An agreement named only by a generic descriptor: its name alone would merge unrelated deals across articles. */
    boolean genericAgreement(Entity e) {
        if (e.type != EntityType.AGREEMENT || lex.agreements.containsKey(e.name)) {
            return false;
        }
        if (e.descriptive) {
            for (int i = 0; i < e.name.length(); i++) {
                if (Character.isUpperCase(e.name.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        for (String w : Text.fold(e.name).split("[\\s]+")) {
            if (!WordClasses.GENERIC_AGREEMENT_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
