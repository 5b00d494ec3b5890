package dev.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Measures gazetteer load time and extraction throughput (MB of UTF-16 chars counted as bytes of text) on one
 * thread and on all cores. Usage: ExtractionBenchmark [DIR...] (default: the shared and main eval folders).
 */
public final class ExtractionBenchmark {

    public static void main(String[] args) throws Exception {
        List<Path> dirs = new ArrayList<>();
        for (String a : args) {
            dirs.add(Path.of(a));
        }
        if (dirs.isEmpty()) {
            // relative to the checkout, so that another checkout (a worktree of an older build) reads the same texts
            dirs.add(Path.of("../shared/eval/articles"));
            dirs.add(Path.of("eval/articles"));
        }
        List<String> articles = new ArrayList<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path d : dirs) {
            if (Files.isDirectory(d) && seen.add(d.toRealPath())) {
                try (Stream<Path> s = Files.list(d)) {
                    for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        articles.add(Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        if (articles.isEmpty()) {
            throw new IOException("no articles found in " + dirs);
        }
        long t0 = System.nanoTime();
        Extractor x = Extractor.loadDefault();
        long loadNs = System.nanoTime() - t0;
        t0 = System.nanoTime();
        x.extract(articles.get(0));
        long firstNs = System.nanoTime() - t0;
        long bytesPerRound = 0;
        for (String a : articles) {
            bytesPerRound += a.getBytes(StandardCharsets.UTF_8).length;
        }
        long target = 50L * 1024 * 1024;
        int rounds = (int) Math.max(1, target / bytesPerRound);
        System.out.printf("articles: %d (%.1f KB), repeated %d times = %.1f MB%n", articles.size(), bytesPerRound / 1024.0,
                rounds, rounds * bytesPerRound / 1048576.0);
        System.out.printf("load (gazetteers): %d ms, first extraction (cold): %d ms%n", loadNs / 1_000_000, firstNs / 1_000_000);
        // warm-up
        runRounds(x, articles, Math.max(1, rounds / 10));
        long sink = 0;
        t0 = System.nanoTime();
        sink += runRounds(x, articles, rounds);
        double secs = (System.nanoTime() - t0) / 1e9;
        double mb = rounds * bytesPerRound / 1048576.0;
        System.out.printf("1 thread : %.1f MB in %.2f s = %.2f MB/s (%.0f articles/s)%n", mb, secs, mb / secs,
                rounds * articles.size() / secs);
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            List<Future<Long>> fs = new ArrayList<>();
            int per = Math.max(1, rounds / cores);
            t0 = System.nanoTime();
            for (int c = 0; c < cores; c++) {
                fs.add(pool.submit(() -> runRounds(x, articles, per)));
            }
            for (Future<Long> f : fs) {
                sink += f.get();
            }
            secs = (System.nanoTime() - t0) / 1e9;
            mb = (double) per * cores * bytesPerRound / 1048576.0;
            System.out.printf("%d threads: %.1f MB in %.2f s = %.2f MB/s (%.0f articles/s)%n", cores, mb, secs, mb / secs,
                    (double) per * cores * articles.size() / secs);
        } finally {
            pool.shutdown();
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static long runRounds(Extractor x, List<String> articles, int rounds) {
        long n = 0;
        for (int r = 0; r < rounds; r++) {
            for (String a : articles) {
                Extraction e = x.extract(a);
                n += e.entities().size() + e.relations().size();
            }
        }
        return n;
    }
}
