package dev.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the extractor on every NAME.txt of a folder and writes NAME.pred.json for score.py --pred-dir.
 * Usage: EvalMain ARTICLES_DIR OUT_DIR [--debug]
 */
public final class EvalMain {

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean debug = args.length > 2;
        Files.createDirectories(out);
        Extractor x = Extractor.loadDefault();
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
            Extraction e = x.extract(Files.readString(f, StandardCharsets.UTF_8));
            Files.writeString(out.resolve(name + ".pred.json"), toJson(e), StandardCharsets.UTF_8);
            if (debug) {
                System.out.println("== " + name);
                for (ExtractedEntity en : e.entities()) {
                    System.out.println("  " + en.type().label() + " " + en.id() + " '" + en.name() + "' " + en.aliases() + " " + en.attributes() + " x" + en.mentions());
                }
                Map<String, String> names = new HashMap<>();
                e.entities().forEach(en -> names.put(en.id(), en.name()));
                for (ExtractedRelation r : e.relations()) {
                    System.out.println("  " + r.type() + " " + names.get(r.sourceId()) + " -> " + names.get(r.targetId()) + " " + r.properties()
                            + " " + r.evidence().confidence() + " [" + r.evidence().sentenceIndex() + "]");
                }
            }
        }
    }

    static String toJson(Extraction e) {
        Map<String, String> names = new HashMap<>();
        StringBuilder b = new StringBuilder("{\"entities\":[");
        boolean first = true;
        for (ExtractedEntity en : e.entities()) {
            names.put(en.id(), en.name());
            b.append(first ? "\n" : ",\n");
            first = false;
            b.append("{\"id\":").append(str(en.id())).append(",\"type\":").append(str(en.type().label())).append(",\"name\":")
                    .append(str(en.name())).append(",\"aliases\":[");
            for (int i = 0; i < en.aliases().size(); i++) {
                b.append(i == 0 ? "" : ",").append(str(en.aliases().get(i)));
            }
            b.append("]}");
        }
        b.append("],\n\"relations\":[");
        first = true;
        for (ExtractedRelation r : e.relations()) {
            b.append(first ? "\n" : ",\n");
            first = false;
            b.append("{\"type\":").append(str(r.type().name())).append(",\"source\":").append(str(names.get(r.sourceId())))
                    .append(",\"target\":").append(str(names.get(r.targetId())));
            for (Map.Entry<String, String> p : r.properties().entrySet()) {
                b.append(",").append(str(p.getKey())).append(":").append(str(p.getValue()));
            }
            b.append(",\"confidence\":").append(r.evidence().confidence()).append("}");
        }
        return b.append("]}\n").toString();
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
