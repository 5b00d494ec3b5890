package dev.newsgraph.localneo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A Neo4j Community server run as a child process of this JVM, for local use and tests.
 *
 * <p>Neo4j cannot share a classpath with Quarkus (it needs netty 4.2, Quarkus pins 4.1), so it runs
 * in its own JVM from a folder of jars that the build fetches (see src/neo4j-server/pom.xml). Pure
 * Java, no framework types: the Quarkus start-up hook and the test-session listener both use it.
 */
public final class LocalNeo4jServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalNeo4jServer.class.getName());
    private static final String MAIN_CLASS = "org.neo4j.server.Neo4jCommunity";
    private static final String PID_FILE = "newsgraph-neo4j.pid";

    private final Path libDir;
    private final Path homeDir;
    private final int boltPort;
    private final Process process;

    private LocalNeo4jServer(Path libDir, Path homeDir, int boltPort, Process process) {
        this.libDir = libDir;
        this.homeDir = homeDir;
        this.boltPort = boltPort;
        this.process = process;
    }

    /**
     * Starts a server and waits until its Bolt port answers.
     *
     * @param libDir   folder holding the Neo4j server jars
     * @param homeDir  Neo4j home: data, logs and run files live below it
     * @param boltPort the loopback port for Bolt; 0 picks a free one
     * @param timeout  how long to wait for the server to accept connections
     */
    public static LocalNeo4jServer start(Path libDir, Path homeDir, int boltPort, Duration timeout) {
        if (!Files.isDirectory(libDir)) {
            throw new IllegalStateException("Neo4j server jars not found in " + libDir.toAbsolutePath()
                    + ": run the Maven build (./mvnw package) once, or set NEO4J_URI to use an existing server");
        }
        try {
            Files.createDirectories(homeDir);
            stopLeftover(homeDir);
            int port = boltPort == 0 ? freePort() : boltPort;
            if (isListening(port)) {
                throw new IllegalStateException("port " + port + " is already in use: stop what listens there, "
                        + "choose another with NEWSGRAPH_NEO4J_LOCAL_BOLT_PORT, or set NEO4J_URI to use that server");
            }
            List<String> command = new ArrayList<>();
            command.add(javaExecutable());
            command.add("-Xms128m");
            command.add("-Xmx512m");
            command.add("-XX:+UseSerialGC");
            command.add("-cp");
            command.add(libDir.toAbsolutePath() + "/*");
            command.add(MAIN_CLASS);
            command.add("--home-dir=" + homeDir.toAbsolutePath());
            for (String setting : settings(port)) {
                command.add("-c");
                command.add(setting);
            }
            Path log = homeDir.resolve("neo4j-console.log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .start();
            Files.writeString(homeDir.resolve(PID_FILE), Long.toString(process.pid()), StandardCharsets.UTF_8);
            LocalNeo4jServer server = new LocalNeo4jServer(libDir, homeDir, port, process);
            // A JVM that exits without calling close() must not leave Neo4j behind.
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "local-neo4j-stop"));
            server.awaitBolt(timeout, log);
            LOG.info(() -> "Local Neo4j started on bolt://127.0.0.1:" + port + " (home " + homeDir.toAbsolutePath() + ")");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the local Neo4j server", e);
        }
    }

    private static List<String> settings(int port) {
        return List.of(
                "server.bolt.listen_address=127.0.0.1:" + port,
                "server.bolt.advertised_address=127.0.0.1:" + port,
                "server.http.enabled=false",
                "server.https.enabled=false",
                "dbms.security.auth_enabled=false",
                "server.memory.pagecache.size=64m",
                "db.tx_log.rotation.retention_policy=1 files",
                // Without this a stop waits 10 s for netty's quiet period.
                "internal.dbms.bolt.netty_server_shutdown_quiet_period_duration=0s");
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    public Path homeDir() {
        return homeDir;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops the server: a clean shutdown first, a kill if it takes longer than 20 s. */
    @Override
    public synchronized void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            LOG.info("Local Neo4j stopped");
        }
        try {
            Files.deleteIfExists(homeDir.resolve(PID_FILE));
        } catch (IOException ignored) {
            // the pid file only helps to find a leftover server; nothing to do if it cannot go
        }
    }

    private void awaitBolt(Duration timeout, Path log) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Neo4j exited with code " + process.exitValue()
                        + " during start-up; see " + log.toAbsolutePath() + " and " + homeDir.resolve("logs"));
            }
            if (isListening(boltPort) && startedLogged()) {
                return;
            }
            sleep(100);
        }
        close();
        throw new IllegalStateException("Neo4j did not open bolt port " + boltPort + " within " + timeout
                + "; see " + log.toAbsolutePath());
    }

    private boolean startedLogged() throws IOException {
        Path neo4jLog = homeDir.resolve("logs").resolve("neo4j.log");
        return Files.exists(neo4jLog) && Files.readString(neo4jLog, StandardCharsets.UTF_8).contains("Started.");
    }

    /** A server left running by a process that died without cleaning up (kill -9) holds the store lock. */
    private static void stopLeftover(Path homeDir) throws IOException {
        Path pidFile = homeDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
            Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
                    .filter(p -> p.info().commandLine().orElse("").contains(MAIN_CLASS));
            if (leftover.isPresent()) {
                LOG.warning(() -> "Stopping a leftover local Neo4j (pid " + pid + ")");
                leftover.get().destroy();
                leftover.get().onExit().get(20, TimeUnit.SECONDS);
            }
        } catch (NumberFormatException | InterruptedException | java.util.concurrent.ExecutionException
                | java.util.concurrent.TimeoutException e) {
            LOG.warning(() -> "Could not stop a leftover local Neo4j: " + e);
        }
        Files.deleteIfExists(pidFile);
    }

    private static String javaExecutable() {
        // The server needs Java 21+, which this JVM already is (the application targets 21).
        return ProcessHandle.current().info().command()
                .filter(c -> c.endsWith("java"))
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Neo4j", e);
        }
    }

    @Override
    public String toString() {
        return "LocalNeo4jServer[" + boltUri() + ", lib " + libDir + ", home " + homeDir + "]";
    }
}
