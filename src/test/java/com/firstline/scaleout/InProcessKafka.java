package com.firstline.scaleout;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.List;
import java.util.Map;

/**
 * A real Kafka broker (KRaft, one combined broker and controller node) in the test JVM, with the
 * pipeline's topics and their dead-letter topics created the way README tells operators to.
 */
public class InProcessKafka implements QuarkusTestResourceLifecycleManager {

    public static final List<String> TOPICS = List.of("mentions", "mentions-triaged", "replies-approved");
    /** Partitions per topic: more than one, so two consumers of the group can share a topic. */
    public static final int PARTITIONS = 4;

    private static KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    // lets a test's stand-in instance time out of the group quickly
                    .setConfigProp("group.min.session.timeout.ms", "1000")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            createTopics();
            return Map.of("FIRSTLINE_KAFKA_SERVERS", cluster.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
        }
    }

    private static void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            var topics = TOPICS.stream().flatMap(t -> java.util.stream.Stream.of(t, t + "-dlq"))
                    .map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList();
            admin.createTopics(topics).all().get();
        }
    }

    public static String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Stops the broker; its controller and data stay. */
    public static void stopBroker() {
        for (BrokerServer broker : cluster.brokers().values()) {
            broker.shutdown();
            broker.awaitShutdown();
        }
    }

    /** Starts the broker again, on the same port with the same data. */
    public static void startBroker() {
        cluster.brokers().values().forEach(BrokerServer::startup);
        try {
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not come back", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
