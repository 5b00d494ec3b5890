package dev.newsgraph.testsupport;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The packaged service (target/quarkus-app) run as a process of its own, as users run it: for tests that must
 * kill it mid-work or run two of it side by side. It talks to the test run's Neo4j and is configured with system
 * properties; its log goes to a file beside its database.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int httpPort;
    private final int managementPort;

    private ServiceProcess(Process process, int httpPort, int managementPort) {
        this.process = process;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /** Starts the packaged service with these settings (on top of the test run's Neo4j and a writer key). */
    public static ServiceProcess start(Path log, Map<String, String> settings, Duration timeout)
            throws IOException, InterruptedException {
        return start(Path.of("target", "quarkus-app"), log, settings, timeout);
    }

    /**
     * The same from another build of the service (target/postgresql/quarkus-app); ready means live, since a test may
     * give it a Neo4j that is down on purpose.
     */
    public static ServiceProcess start(Path app, Path log, Map<String, String> settings, Duration timeout)
            throws IOException, InterruptedException {
        int http = Ports.free();
        int management = Ports.free();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dquarkus.http.port=" + http, "-Dquarkus.management.port=" + management,
                "-Dquarkus.neo4j.uri=" + Neo4jTestSession.boltUri(), "-Dnewsgraph.neo4j.local.enabled=false",
                "-Dnewsgraph.samples.load=false", "-Dnewsgraph.auth.keys.tests.token=" + GraphQL.WRITER_KEY,
                "-Dnewsgraph.auth.keys.tests.roles=writer,reader"));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServiceProcess service = new ServiceProcess(p, http, management);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!service.ready()) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                service.kill();
                throw new IllegalStateException("the service did not start; its log ends:\n" + tail(log));
            }
            Thread.sleep(250);
        }
        return service;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = java.nio.file.Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private boolean ready() {
        try {
            return given().get("http://127.0.0.1:" + managementPort + "/q/health/live").statusCode() == 200;
        } catch (Exception e) { // RestAssured throws ConnectException unchecked
            return false; // not listening yet
        }
    }

    /** A GraphQL request to this instance, with the writer key. */
    public ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + GraphQL.WRITER_KEY)
                .body(Map.of("query", query, "variables", variables))
                .post("http://127.0.0.1:" + httpPort + "/graphql").then();
    }

    /** The management port's text at this path ("/q/metrics"). */
    public String management(String path) {
        return given().get("http://127.0.0.1:" + managementPort + path).asString();
    }

    /** Stops the process at once, as a crash or kill -9 would: no shutdown hooks, no commits. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
