import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends each line of a JSON Lines file as one record to a Kafka topic, for the ingestion benchmark's stream run.
 * Run as a single source file on the broker's jars: java -cp 'target/kafka-broker/lib/*' scripts/KafkaProduce.java
 * BOOTSTRAP TOPIC FILE.jsonl
 */
public class KafkaProduce {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: KafkaProduce BOOTSTRAP TOPIC FILE.jsonl");
            System.exit(2);
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        long sent = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p);
                Stream<String> lines = Files.lines(Path.of(args[2]))) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.isBlank()) {
                    producer.send(new ProducerRecord<>(args[1], line));
                    sent++;
                }
            }
            producer.flush();
        }
        System.out.println(sent + " records sent to " + args[1]);
    }
}
