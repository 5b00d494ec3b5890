package dev.newsgraph.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import dev.newsgraph.extract.ner.NameTagger;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name tagger from the openly licensed corpora in ../shared/ner/train and the project's own annotated
 * articles (src/ner/annotations), scores it on ../shared/ner/dev, and writes the model. Deterministic: the same
 * data and options give the same bytes (the model's timestamps are fixed).
 *
 * <p>Usage: NameModelTrainer [--train DIR] [--annotations DIR] [--dev FILE] [--out FILE] [--iterations N]
 * [--cutoff N] [--codec bilou|bio] [--beam N] [--skip a,b] [--weight name=N,...] [--algorithm PERCEPTRON|MAXENT_QN
 * [--l1 C] [--l2 C]] [--threads N] (see scripts/train-ner.sh)
 */
public final class NameModelTrainer {

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = options(args);
        Path trainDir = Path.of(opt.getOrDefault("train", "../shared/ner/train"));
        Path annotations = Path.of(opt.getOrDefault("annotations", "src/ner/annotations"));
        Path dev = Path.of(opt.getOrDefault("dev", "../shared/ner/dev/uner_pud.conll"));
        Path out = Path.of(opt.getOrDefault("out", "src/main/resources" + NameTagger.MODEL_RESOURCE));
        Set<String> skip = Set.of(opt.getOrDefault("skip", "").split(","));
        Map<String, Integer> weights = weights(opt.getOrDefault("weight", ""));

        List<NameSample> samples = new ArrayList<>();
        List<NameCorpus.Labelled> allSentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(trainDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".conll")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".conll", "");
                if (skip.contains(name)) {
                    System.out.printf("  %-28s skipped%n", name);
                    continue;
                }
                List<NameCorpus.Labelled> read = NameCorpus.readTrainingConll(f);
                allSentences.addAll(read);
                addWeighted(samples, name, read, weights.getOrDefault(name, 1));
            }
        }
        Lexicon lexicon = Lexicon.load();
        List<NameCorpus.Labelled> own = new ArrayList<>();
        if (Files.isDirectory(annotations)) {
            try (Stream<Path> files = Files.list(annotations)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    own.addAll(NameCorpus.readInline(f, lexicon));
                }
            }
        }
        addWeighted(samples, "annotations", own, weights.getOrDefault("annotations", 1));
        allSentences.addAll(own);
        Files.createDirectories(out.toAbsolutePath().getParent());
        CommonWordList.write(allSentences, out.resolveSibling("common-words.txt"));
        if (Boolean.parseBoolean(opt.getOrDefault("words-only", "false"))) {
            return;
        }

        TrainingParameters params = new TrainingParameters();
        String algorithm = opt.getOrDefault("algorithm", "PERCEPTRON");
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        if (algorithm.equals(QNTrainer.MAXENT_QN_VALUE)) {
            params.put(QNTrainer.L1COST_PARAM, Double.parseDouble(opt.getOrDefault("l1", "" + QNTrainer.L1COST_DEFAULT)));
            params.put(QNTrainer.L2COST_PARAM, Double.parseDouble(opt.getOrDefault("l2", "" + QNTrainer.L2COST_DEFAULT)));
        }
        params.put(TrainingParameters.ITERATIONS_PARAM, Integer.parseInt(opt.getOrDefault("iterations", "100")));
        params.put(TrainingParameters.CUTOFF_PARAM, Integer.parseInt(opt.getOrDefault("cutoff", "1")));
        params.put(TrainingParameters.THREADS_PARAM, Integer.parseInt(opt.getOrDefault("threads", "1")));
        // greedy decoding: a third of beam 3's cost for about 0.01 less F1 on the dev set
        params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, Integer.parseInt(opt.getOrDefault("beam", "1")));
        byte[] features;
        try (InputStream in = NameModelTrainer.class.getResourceAsStream("/extract/ner/features.xml")) {
            features = in.readAllBytes();
        }
        long t0 = System.nanoTime();
        TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
                TokenNameFinderFactory.create(null, features, Map.of(),
                        opt.getOrDefault("codec", "bilou").equals("bio") ? new BioCodec() : new BilouCodec()));
        System.out.printf("trained on %d sentences in %.0f s%n", samples.size(), (System.nanoTime() - t0) / 1e9);

        Files.write(out, deterministic(model));
        System.out.printf("wrote %s (%.1f MB)%n", out, Files.size(out) / 1e6);
        MentionScorer.printModelScores(new NameTagger(model), dev);
    }

    private static void addWeighted(List<NameSample> samples, String name, List<NameCorpus.Labelled> sentences, int weight) {
        List<NameSample> once = NameCorpus.samples(sentences);
        for (int w = 0; w < weight; w++) {
            samples.addAll(once);
        }
        System.out.printf("  %-28s %6d sentences x%d%n", name, sentences.size(), weight);
    }

    /** The serialized model with its timestamps fixed, so that training twice gives the same file. */
    static byte[] deterministic(TokenNameFinderModel model) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        model.serialize(raw);
        ByteArrayOutputStream fixed = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(raw.toByteArray()));
                ZipOutputStream zip = new ZipOutputStream(fixed)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    data = fixedManifest(new String(data, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(0L);
                zip.putNextEntry(copy);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return fixed.toByteArray();
    }

    private static byte[] fixedManifest(String manifest) {
        StringBuilder b = new StringBuilder();
        manifest.lines().sorted().forEach(line -> {
            if (line.startsWith("#")) {
                return; // Properties.store writes the current date as a comment
            }
            b.append(line.startsWith("Timestamp=") ? "Timestamp=0" : line).append('\n');
        });
        return b.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static Map<String, Integer> weights(String spec) {
        Map<String, Integer> w = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            if (part.contains("=")) {
                w.put(part.substring(0, part.indexOf('=')), Integer.parseInt(part.substring(part.indexOf('=') + 1)));
            }
        }
        return w;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        return opt;
    }
}
