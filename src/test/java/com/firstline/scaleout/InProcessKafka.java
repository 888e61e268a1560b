package com.firstline.scaleout;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.Map;

/**
 * A real Kafka broker (KRaft, one combined broker and controller node) in the test JVM. It
 * starts with no topics: the application creates the pipeline's topics at start
 * ({@code firstline.kafka.topics.create}).
 */
public class InProcessKafka implements QuarkusTestResourceLifecycleManager {

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
            return Map.of("FIRSTLINE_KAFKA_SERVERS", cluster.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
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
