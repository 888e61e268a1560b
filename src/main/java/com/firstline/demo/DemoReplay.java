package com.firstline.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.firstline.ingest.IntakeService;
import com.firstline.ingest.MentionPayload;
import com.firstline.ingest.MentionResource;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo: replays a bundled file of mentions (one X API v2 post per line) through intake at a
 * steady pace, stamped with the current time so SLA clocks start now. Already-received posts are
 * skipped by intake's de-duplication, so a restart does not double the queue.
 */
@ApplicationScoped
public class DemoReplay {

    private static final Logger LOG = Logger.getLogger(DemoReplay.class);

    @Inject
    DemoSettings settings;

    @Inject
    IntakeService intake;

    @Inject
    ObjectMapper json;

    private List<MentionPayload> mentions = List.of();
    private final AtomicInteger next = new AtomicInteger();

    @PostConstruct
    void load() {
        if (settings.enabled()) {
            mentions = read(settings.file());
            LOG.infof("Demo replay on: %d mentions from %s (firstline.demo.enabled=false turns it off)",
                    mentions.size(), settings.file());
        }
    }

    @Scheduled(every = "${firstline.demo.every}", delayed = "${firstline.demo.start-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (settings.enabled()) {
            feed(settings.perTick());
        }
    }

    /** Sends the next {@code count} mentions of the file; returns how many were new to intake. */
    public int feed(int count) {
        int created = 0;
        for (int i = 0; i < count; i++) {
            int position = next.getAndIncrement();
            if (position >= mentions.size()) {
                return created;
            }
            MentionPayload post = mentions.get(position).withCreatedAt(Instant.now());
            if (intake.receive(MentionResource.PLATFORM, post).created()) {
                created++;
            }
        }
        return created;
    }

    public int remaining() {
        return Math.max(0, mentions.size() - next.get());
    }

    /** Loads a replay file from the classpath (one JSON post per line). */
    public List<MentionPayload> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("firstline.demo.file: " + resource + " is not on the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank()).map(this::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the replay from the first line of {@code resource} (tests and the demo reset use it). */
    public void replay(String resource) {
        mentions = read(resource);
        next.set(0);
    }

    private MentionPayload parse(String line) {
        try {
            return json.readValue(line, MentionPayload.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Bad line in demo file: " + line, e);
        }
    }
}
