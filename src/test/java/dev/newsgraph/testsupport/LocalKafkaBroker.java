package dev.newsgraph.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

/**
 * A single Apache Kafka broker in KRaft mode (its own controller), run as a child JVM from the jars that the
 * build fetches (src/kafka-broker/pom.xml), in a folder of its own: what the stream tests talk to, as the Neo4j
 * tests talk to a real Neo4j. Stopped, folder and all, on close.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    private final Process process;
    private final Path home;
    private final int port;

    private LocalKafkaBroker(Process process, Path home, int port) {
        this.process = process;
        this.home = home;
        this.port = port;
    }

    /** Formats a fresh log folder and starts the broker on free ports; waits until it takes connections. */
    public static LocalKafkaBroker start(Duration timeout) throws IOException, InterruptedException {
        Path lib = Path.of(System.getProperty("newsgraph.kafka.local.lib-dir", "target/kafka-broker/lib"));
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("no Kafka broker jars in " + lib + ": run the build (mvn verify) once");
        }
        Path home = Files.createTempDirectory("newsgraph-kafka");
        int port = Ports.free();
        int controller = Ports.free();
        Path config = home.resolve("server.properties");
        Files.write(config, List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=2",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0"));
        String classpath = lib.toAbsolutePath() + "/*";
        Process format = new ProcessBuilder(java(), "-cp", classpath, "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("format.log").toFile()).start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("formatting the Kafka log folder failed: see " + home.resolve("format.log"));
        }
        Process broker = new ProcessBuilder(java(), "-Xmx384m", "-XX:+UseSerialGC", "-cp", classpath, "kafka.Kafka",
                config.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("broker.log").toFile()).start();
        LocalKafkaBroker started = new LocalKafkaBroker(broker, home, port);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!listening(port)) {
            if (!broker.isAlive() || System.nanoTime() > deadline) {
                started.close();
                throw new IllegalStateException("the Kafka broker did not start: see " + home.resolve("broker.log"));
            }
            Thread.sleep(200);
        }
        return started;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            TempDirs.delete(home);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }


    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
