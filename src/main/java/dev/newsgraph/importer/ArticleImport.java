package dev.newsgraph.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Imports a file or folder of articles into a running newsgraph (the import command): sends them in batches to
 * ingestArticles, shows progress with rate and ETA, can resume where a stopped run left off (a state file beside
 * the input), and prints a summary: stored, duplicates, refused with reasons.
 *
 * <p>Usage: ArticleImport INPUT [--url http://localhost:8080/graphql] [--key WRITER_KEY] [--restart]
 * (scripts/import.sh).
 */
public final class ArticleImport {

    /** Articles per request, and characters of text per request at most (the server takes 100 and 4,000,000). */
    static final int BATCH = 50;
    static final long BATCH_CHARS = 3_000_000;
    private static final String MUTATION = "mutation Import($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) "
            + "{ index created error } }";

    /** What a run did. */
    record Summary(int total, int skipped, int stored, int duplicates, Map<String, Integer> refused) {
        int refusedCount() {
            return refused.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final URI endpoint;
    private final String key;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ArticleImport(URI endpoint, String key, PrintStream out) {
        this.endpoint = endpoint;
        this.key = key;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: import INPUT [--url http://localhost:8080/graphql] [--key WRITER_KEY] [--restart]");
            System.exit(2);
        }
        Map<String, String> opt = new TreeMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--restart")) {
                opt.put("restart", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                opt.put(args[i].substring(2), args[++i]);
            }
        }
        ArticleImport run = new ArticleImport(URI.create(opt.getOrDefault("url", "http://localhost:8080/graphql")),
                opt.getOrDefault("key", System.getenv("NEWSGRAPH_KEY")), System.err);
        try {
            Summary s = run.importFrom(Path.of(args[0]), Boolean.parseBoolean(opt.getOrDefault("restart", "false")));
            System.exit(s.refusedCount() == 0 ? 0 : 1);
        } catch (IOException e) {
            System.err.println("import stopped: " + e.getMessage());
            System.exit(3);
        }
    }

    /** Imports the input; a stopped run's state file makes it start after the articles already sent. */
    Summary importFrom(Path input, boolean restart) throws IOException, InterruptedException {
        List<ImportSources.Input> inputs = ImportSources.read(input);
        Path state = stateFile(input);
        int done = restart || !Files.exists(state) ? 0 : Integer.parseInt(Files.readString(state).strip());
        int skipped = done;
        int stored = 0;
        int duplicates = 0;
        Map<String, Integer> refused = new TreeMap<>();
        long start = System.nanoTime();
        while (done < inputs.size()) {
            List<ImportSources.Input> batch = nextBatch(inputs, done);
            for (JsonObject r : send(batch)) {
                if (r.getString("error") != null) {
                    refused.merge(r.getString("error"), 1, Integer::sum);
                } else if (Boolean.TRUE.equals(r.getBoolean("created"))) {
                    stored++;
                } else {
                    duplicates++;
                }
            }
            done += batch.size();
            Files.writeString(state, Integer.toString(done)); // a stopped run resumes here
            progress(done, skipped, inputs.size(), start);
        }
        Files.deleteIfExists(state);
        Summary s = new Summary(inputs.size(), skipped, stored, duplicates, refused);
        out.printf("%nimported %s: %d articles, %d stored, %d already stored, %d refused%s%n", input, s.total(), stored,
                duplicates, s.refusedCount(), skipped > 0 ? " (" + skipped + " sent by an earlier run)" : "");
        refused.forEach((why, n) -> out.printf("  refused %d: %s%n", n, why));
        return s;
    }

    private static List<ImportSources.Input> nextBatch(List<ImportSources.Input> inputs, int from) {
        List<ImportSources.Input> batch = new ArrayList<>();
        long chars = 0;
        for (int i = from; i < inputs.size() && batch.size() < BATCH; i++) {
            long next = inputs.get(i).text().length();
            if (!batch.isEmpty() && chars + next > BATCH_CHARS) {
                break;
            }
            batch.add(inputs.get(i));
            chars += next;
        }
        return batch;
    }

    /** One request, retried three times with a growing pause when the service cannot answer. */
    private List<JsonObject> send(List<ImportSources.Input> batch) throws IOException, InterruptedException {
        JsonArray inputs = new JsonArray();
        batch.forEach(i -> inputs.add(i.json()));
        String body = new JsonObject().put("query", MUTATION).put("variables", new JsonObject().put("inputs", inputs)).encode();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        IOException last = null;
        for (int attempt = 1; attempt <= 4; attempt++) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                JsonObject json = new JsonObject(response.body());
                if (json.getJsonArray("errors") != null) {
                    // the whole batch was refused (a bad key, a limit): retrying will not help
                    throw new IOException(json.getJsonArray("errors").getJsonObject(0).getString("message"));
                }
                List<JsonObject> results = new ArrayList<>();
                json.getJsonObject("data").getJsonArray("ingestArticles").forEach(o -> results.add((JsonObject) o));
                return results;
            } catch (java.net.ConnectException | java.net.http.HttpTimeoutException e) {
                last = new IOException("the service at " + endpoint + " does not answer (" + e + ")", e);
                Thread.sleep(1000L << attempt);
            }
        }
        throw last;
    }

    private void progress(int done, int skipped, int total, long start) {
        double secs = Math.max(0.001, (System.nanoTime() - start) / 1e9);
        double rate = (done - skipped) / secs;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        out.printf("\r[%s%s] %d/%d articles, %.0f/s, ETA %d s   ", "#".repeat(filled), ".".repeat(width - filled), done,
                total, rate, eta);
    }

    static Path stateFile(Path input) {
        Path name = input.getFileName();
        return input.toAbsolutePath().resolveSibling("." + name + ".import-state");
    }
}
