package com.firstline.pipeline;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the pipeline's topics and their dead-letter topics that are missing, at start, before
 * the channels connect ({@code firstline.kafka.topics.create}). A broker that creates topics on
 * first use gives them its default partition count, often one, and then one instance does all
 * the work. Topics that exist are left as they are: partitions are changed with the broker's tools.
 */
@ApplicationScoped
@IfBuildProperty(name = "firstline.pipeline.transport", stringValue = "kafka")
public class PipelineTopics {

    private static final Logger LOG = Logger.getLogger(PipelineTopics.class);
    private static final long WAIT_SECONDS = 30;

    @Inject
    TopicSettings settings;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DeadLetters deadLetters;

    /** Before the messaging connectors start (priority 1000), so no consumer's look-up creates a topic first. */
    void createMissing(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (!settings.create()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(WAIT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted().stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(WAIT_SECONDS, TimeUnit.SECONDS);
                LOG.infof("Created Kafka topics %s", missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.errorf("Could not create the pipeline's Kafka topics: %s", e.getCause().toString());
            } // else another instance created them at the same moment
        } catch (TimeoutException e) {
            LOG.errorf("Kafka did not answer within %d s; the pipeline's topics were not checked", WAIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<NewTopic> wanted() {
        List<NewTopic> topics = new ArrayList<>();
        deadLetters.topics().forEach((deadLetterTopic, topic) -> {
            topics.add(new NewTopic(topic, Optional.of(settings.partitions()), settings.replicationFactor()));
            topics.add(new NewTopic(deadLetterTopic, Optional.of(settings.deadLetterPartitions()), settings.replicationFactor()));
        });
        return topics;
    }
}
