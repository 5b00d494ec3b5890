package dev.newsgraph.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * Scores the whole extractor (tagger, gazetteers, rules, resolution) by its mentions on ../shared/ner/dev: each
 * dev document becomes one text, sentences one per paragraph; every entity mention span the extractor returns is
 * compared with the gold mentions (exact characters and type: Person -> PER, Country and Place -> LOC,
 * Organization -> ORG; agreements, events and demonyms are MISC, which the set does not tag). Also scores the distinct
 * names per sentence, the measure the baseline was given in.
 */
final class ExtractorMentionScorer {

    private ExtractorMentionScorer() {
    }

    static void print(Extractor extractor, Path dev) throws IOException {
        List<NameCorpus.Labelled> sentences = NameCorpus.readConll(dev);
        MentionScores[] spans = {new MentionScores(MentionScorer.SCORED), new MentionScores(MentionScorer.SCORED),
                new MentionScores(MentionScorer.SCORED)};
        MentionScores[] names = {new MentionScores(MentionScorer.SCORED), new MentionScores(MentionScorer.SCORED),
                new MentionScores(MentionScorer.SCORED)};
        long chars = 0;
        long t0 = System.nanoTime();
        int index = 0;
        for (List<NameCorpus.Labelled> doc : NameCorpus.documents(sentences)) {
            DevText text = new DevText(doc);
            chars += text.text.length();
            Extraction x = extractor.extract(text.text);
            for (int k = 0; k < doc.size(); k++, index++) {
                Span[] gold = text.goldChars(k);
                Span[] predicted = text.predictedChars(k, x);
                if (Boolean.getBoolean("newsgraph.ner.errors")) {
                    printErrors(index < MentionScorer.NEWS_SENTENCES ? "news" : "wiki", text.text, gold, predicted);
                }
                int half = index < MentionScorer.NEWS_SENTENCES ? 0 : 1;
                for (int h : new int[] {half, 2}) {
                    spans[h].add(gold, predicted);
                    names[h].add(distinct(gold, text), distinct(predicted, text));
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        String[] titles = {"news", "wiki", "all"};
        System.out.println("== extractor, mention spans");
        for (int h = 0; h < 3; h++) {
            System.out.print(spans[h].table(titles[h]));
        }
        System.out.println("== extractor, distinct names per sentence");
        for (int h = 0; h < 3; h++) {
            System.out.print(names[h].table(titles[h]));
        }
        System.out.printf("extractor: %d characters in %.2f s (first pass, JIT cold)%n", chars, secs);
    }

    /** With -Dnewsgraph.ner.errors=true: each wrong or missed mention of the extractor, with its sentence. */
    private static void printErrors(String half, String text, Span[] gold, Span[] predicted) {
        List<Span> g = List.of(gold);
        List<Span> p = List.of(predicted);
        StringBuilder b = new StringBuilder();
        int from = Integer.MAX_VALUE;
        for (Span x : predicted) {
            if (MentionScorer.SCORED.contains(x.getType()) && !g.contains(x)) {
                b.append("  FP ").append(x.getType()).append(' ').append(x.getCoveredText(text)).append('\n');
            }
        }
        for (Span x : gold) {
            from = Math.min(from, x.getStart());
            if (!p.contains(x)) {
                b.append("  FN ").append(x.getType()).append(' ').append(x.getCoveredText(text)).append('\n');
            }
        }
        if (!b.isEmpty()) {
            int gap = text.lastIndexOf("\n\n", Math.min(from, predicted.length > 0 ? predicted[0].getStart() : from));
            int start = gap < 0 ? 0 : gap + 2;
            int end = text.indexOf("\n\n", start);
            System.out.print("> [" + half + "] " + text.substring(start, end < 0 ? text.length() : end) + "\n" + b);
        }
    }

    /** One span per distinct (type, text): the first of each, so that repeats count once. */
    private static Span[] distinct(Span[] spans, DevText text) {
        Set<String> seen = new LinkedHashSet<>();
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            String name = text.text.substring(s.getStart(), s.getEnd()).toLowerCase(java.util.Locale.ROOT);
            int first = text.lower.indexOf(name);
            if (seen.add(s.getType() + "\t" + name)) {
                out.add(new Span(first, first + name.length(), s.getType()));
            }
        }
        return out.toArray(Span[]::new);
    }

    /**
     * A dev document as text: tokens joined as running text writes them, one sentence per paragraph; token k of
     * sentence s at offsets.
     */
    private static final class DevText {
        final String text;
        /** The text in lower case, folded once per document for the distinct-name search. */
        final String lower;
        final List<int[]> tokenStarts = new ArrayList<>();
        final List<int[]> sentenceBounds = new ArrayList<>();
        final List<NameCorpus.Labelled> doc;

        DevText(List<NameCorpus.Labelled> doc) {
            this.doc = doc;
            StringBuilder b = new StringBuilder();
            for (NameCorpus.Labelled s : doc) {
                int[] starts = new int[s.tokens().length + 1];
                int begin = b.length();
                for (int i = 0; i < s.tokens().length; i++) {
                    if (i > 0 && spaced(s.tokens()[i - 1], s.tokens()[i], i + 1 == s.tokens().length)) {
                        b.append(' ');
                    }
                    starts[i] = b.length();
                    b.append(s.tokens()[i]);
                }
                starts[s.tokens().length] = b.length();
                tokenStarts.add(starts);
                sentenceBounds.add(new int[] {begin, b.length()});
                b.append("\n\n");
            }
            this.text = b.toString();
            this.lower = text.toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * Whether running text puts a space between two of the set's tokens: not before a clitic ("Doss", "’s" is
         * "Doss’s" in the article the set was cut from) nor before the dot of an initial or a short title inside a
         * sentence ("Z", "." is "Z."). Joined with spaces everywhere, the text would hold "Doss ’s", which no
         * article writes and the tokenizer rightly reads as a quote.
         */
        private static boolean spaced(String previous, String token, boolean last) {
            if (token.matches("['’](s|S|re|ve|ll|d|m)|n['’]t")) {
                return false;
            }
            return !(token.equals(".") && !last && previous.matches("[A-Z]|Mr|Ms|Mrs|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Rev"));
        }

        Span[] goldChars(int k) {
            int[] starts = tokenStarts.get(k);
            String[] tokens = doc.get(k).tokens();
            List<Span> out = new ArrayList<>();
            for (Span s : NameCorpus.spans(doc.get(k).tags())) {
                int end = starts[s.getEnd() - 1] + tokens[s.getEnd() - 1].length();
                out.add(new Span(starts[s.getStart()], end, s.getType()));
            }
            return out.toArray(Span[]::new);
        }

        Span[] predicted(Extraction x, int from, int to) {
            List<Span> out = new ArrayList<>();
            for (ExtractedEntity e : x.entities()) {
                String type = switch (e.type()) {
                    case PERSON -> "PER";
                    case COUNTRY, PLACE -> "LOC";
                    case ORGANIZATION -> "ORG";
                    default -> "MISC";
                };
                for (MentionSpan m : e.mentionSpans()) {
                    if (m.start() >= from && m.end() <= to) {
                        // a demonym ("Canadian") is MISC by the CoNLL conventions, and untagged in this set; a
                        // country acting as a state is ORG in this set
                        String scored = switch (m.kind()) {
                            case DEMONYM -> "MISC";
                            case STATE -> "ORG";
                            case NAME -> type;
                        };
                        out.add(new Span(m.start(), m.end(), scored));
                    }
                }
            }
            out.sort(java.util.Comparator.comparingInt(Span::getStart));
            return outermost(out).toArray(Span[]::new);
        }

        /**
         * The spans no other span contains: the set is flat, so "U.S." inside "the U.S. Supreme Court" (a mention of
         * the country that the graph keeps, nested in the court's) is no mention of its own there.
         */
        private static List<Span> outermost(List<Span> spans) {
            List<Span> out = new ArrayList<>();
            for (Span s : spans) {
                boolean nested = false;
                for (Span o : spans) {
                    nested |= o != s && o.contains(s) && o.length() > s.length();
                }
                if (!nested) {
                    out.add(s);
                }
            }
            return out;
        }

        Span[] predictedChars(int k, Extraction x) {
            int[] bounds = sentenceBounds.get(k);
            return predicted(x, bounds[0], bounds[1]);
        }
    }
}
