package com.firstline.pipeline;

import com.firstline.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Reads the pipeline's dead-letter topics and replays a record to the topic it came from. Only
 * with Kafka channels; the topics are the ones configured for each receiving channel
 * ({@code mp.messaging.incoming.<channel>.dead-letter-queue.topic}). Reading joins no consumer
 * group, so it moves no offsets and takes no partitions from the running stages.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    static final String REPLAYED_FROM = "firstline-replayed-from";
    private static final Duration POLL = Duration.ofMillis(500);
    /** How long one call may read before it gives up (a broker that does not answer). */
    private static final Duration READ_AT_MOST = Duration.ofSeconds(15);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    Optional<String> bootstrapServers;

    @Inject
    PipelineSettings pipeline;

    @Inject
    Config config;

    /** Dead-letter topic → the topic its records came from. */
    Map<String, String> topics() {
        if (!"kafka".equals(pipeline.transport()) || bootstrapServers.isEmpty()) {
            throw ProblemException.notFound("No dead-letter topics: the pipeline's channels are in-process");
        }
        Map<String, String> topics = new LinkedHashMap<>();
        for (String channel : List.of(PipelineChannels.MENTIONS, PipelineChannels.TRIAGED, PipelineChannels.APPROVED_REPLIES)) {
            String prefix = "mp.messaging.incoming." + channel + ".";
            String source = config.getOptionalValue(prefix + "topic", String.class).orElse(channel);
            config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class)
                    .ifPresent(dlq -> topics.put(dlq, source));
        }
        return topics;
    }

    /** The latest records of every dead-letter topic, at most {@code limit} per partition, oldest first. */
    public List<DeadLetter> list(int limit) {
        Map<String, String> topics = topics();
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics.keySet()) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            partitions.forEach(p -> consumer.seek(p, Math.max(begin.get(p), end.get(p) - limit)));
            List<DeadLetter> letters = new ArrayList<>();
            Instant giveUp = Instant.now().plus(READ_AT_MOST);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(giveUp)) {
                consumer.poll(POLL).forEach(r -> letters.add(letter(r, topics.get(r.topic()))));
            }
            return letters;
        }
    }

    /** Sends the record's key and value, unchanged, to the topic it came from, and returns the copy's place there. */
    public DeadLetter replay(String topic, int partition, long offset) {
        String source = topics().get(topic);
        if (source == null) {
            throw ProblemException.notFound("No dead-letter topic " + topic);
        }
        ConsumerRecord<String, byte[]> record = read(new TopicPartition(topic, partition), offset);
        var copy = new ProducerRecord<>(source, record.key(), record.value());
        copy.headers().add(REPLAYED_FROM, (topic + "/" + partition + "/" + offset).getBytes(StandardCharsets.UTF_8));
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.get(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            var sent = producer.send(copy).get();
            LOG.infof("Replayed dead letter %s/%d/%d to %s/%d/%d", topic, partition, offset, source,
                    sent.partition(), sent.offset());
            return new DeadLetter(source, sent.partition(), sent.offset(), null, record.key(), idOf(record.value()),
                    textOf(record.value()), Instant.ofEpochMilli(sent.timestamp()), headersOf(copy.headers()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Replay to " + source + " failed: " + e.getCause().getMessage(), e);
        }
    }

    private ConsumerRecord<String, byte[]> read(TopicPartition partition, long offset) {
        try (var consumer = consumer()) {
            if (consumer.partitionsFor(partition.topic()).stream().noneMatch(p -> p.partition() == partition.partition())) {
                throw ProblemException.notFound("No partition " + partition);
            }
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            if (offset < consumer.beginningOffsets(List.of(partition)).get(partition) || offset >= end) {
                throw ProblemException.notFound("No record at " + partition + "/" + offset);
            }
            consumer.seek(partition, offset);
            Instant giveUp = Instant.now().plus(READ_AT_MOST);
            while (Instant.now().isBefore(giveUp)) {
                for (var r : consumer.poll(POLL)) {
                    if (r.offset() == offset) {
                        return r;
                    }
                }
            }
            throw ProblemException.notFound("No record read at " + partition + "/" + offset + " within " + READ_AT_MOST);
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.get(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
    }

    private static DeadLetter letter(ConsumerRecord<String, byte[]> r, String source) {
        return new DeadLetter(r.topic(), r.partition(), r.offset(), source, r.key(), idOf(r.value()), textOf(r.value()),
                Instant.ofEpochMilli(r.timestamp()), headersOf(r.headers()));
    }

    private static Map<String, String> headersOf(Iterable<Header> all) {
        Map<String, String> headers = new LinkedHashMap<>();
        all.forEach(h -> headers.put(h.key(), textOf(h.value())));
        return headers;
    }

    private static Long idOf(byte[] value) {
        return value != null && value.length == Long.BYTES ? ByteBuffer.wrap(value).getLong() : null;
    }

    private static String textOf(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }
}
