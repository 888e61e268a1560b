package com.firstline.incident;

import com.firstline.audit.AuditLog;
import com.firstline.cases.Case;
import com.firstline.common.RecentlyUsed;
import com.firstline.drafting.Draft;
import com.firstline.ingest.Mention;
import com.firstline.knowledge.Embeddings;
import com.firstline.triage.Intent;
import com.firstline.triage.Triage;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches each new post against the open incidents, and looks for a spike when it matches none.
 * The counts come from the database (posts received in the window and the baseline before it),
 * and one lock row serialises the matching, so several instances open one incident, not one each.
 */
@ApplicationScoped
public class IncidentTracker {

    private static final Logger LOG = Logger.getLogger(IncidentTracker.class);
    static final String ACTOR = "incident-detector";
    private static final int OPEN_INCIDENTS_REMEMBERED = 64;

    @Inject
    IncidentSettings settings;

    @Inject
    Embeddings embeddings;

    @Inject
    IncidentDrafts drafts;

    @Inject
    AuditLog audit;

    /**
     * Each batch compares its posts with up to {@code max-posts-considered} recent ones; their
     * vectors are kept here by mention id, so a batch reads ids from the database, not texts, and
     * embeds only posts another instance took in.
     */
    private Map<Long, float[]> meaningById;

    /**
     * Open incidents' centroids by incident id, parsed from their text once (a centroid is set when
     * the incident opens and never changes): every batch reads the open incidents again.
     */
    private final Map<Long, float[]> centroids = RecentlyUsed.map(OPEN_INCIDENTS_REMEMBERED);

    @PostConstruct
    void rememberMeanings() {
        meaningById = RecentlyUsed.map(settings.maxPostsConsidered() * 2);
    }

    /** What became of a new draft's post. */
    public sealed interface Tracked {
    }

    /** In no incident: the draft goes its usual way. */
    public record Unrelated() implements Tracked {
    }

    /** In an incident whose replies are not approved yet: nothing is sent automatically for now. */
    public record Awaiting(long incidentId) implements Tracked {
    }

    /** In an approved, open incident: its holding reply may go out through the autopilot's checks. */
    public record Holding(HoldingReply reply) implements Tracked {
    }

    /**
     * Tracks a batch of new drafts, in the order their posts arrived, in one transaction: one lock,
     * one read of the open incidents and one read of the recent posts serve the whole batch.
     * Returns what became of each draft, by draft id.
     */
    public Map<Long, Tracked> trackAll(List<Long> draftIds) {
        if (!settings.enabled() || draftIds.isEmpty()) {
            return unrelated(draftIds);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Panache.getEntityManager().createNativeQuery("SELECT id FROM incident_lock WHERE id = 1 FOR UPDATE")
                    .getSingleResult();
            List<Draft> drafts = Draft.list("select d from Draft d join fetch d.mention m join fetch m.supportCase"
                    + " where d.id in ?1 order by m.receivedAt", draftIds);
            if (drafts.isEmpty()) {
                return unrelated(draftIds);
            }
            Map<Long, Triage> triages = Triage.<Triage>list("mention.id in ?1",
                    drafts.stream().map(d -> d.mention.id).toList()).stream()
                    .collect(Collectors.toMap(t -> t.mention.id, t -> t));
            Batch batch = new Batch(Incident.open(), drafts.get(drafts.size() - 1).mention.receivedAt,
                    IncidentCase.keysOf(drafts.stream().map(d -> d.supportCase.id).toList()));
            Map<Long, Tracked> tracked = new HashMap<>();
            for (Draft draft : drafts) {
                Triage triage = triages.get(draft.mention.id);
                tracked.put(draft.id, triage == null || triage.intent == Intent.SPAM ? new Unrelated()
                        : track(batch, draft, new Post(draft.mention.id, draft.mention.receivedAt, triage.intent,
                                meaning(draft.mention.id, draft.mention.text))));
            }
            draftIds.forEach(id -> tracked.putIfAbsent(id, new Unrelated()));
            return tracked;
        });
    }

    private static Map<Long, Tracked> unrelated(List<Long> draftIds) {
        return draftIds.stream().collect(Collectors.toMap(id -> id, id -> new Unrelated(), (a, b) -> a));
    }

    /** What one batch has read: the open incidents with their meanings, and the recent posts once needed. */
    private final class Batch {
        final Map<Incident, float[]> open = new LinkedHashMap<>();
        final Instant lastArrival;
        /** The batch's cases already in an incident. */
        final Set<IncidentCase.Key> joined;
        /** Recent posts in no incident, newest first, and the case of each (by mention id); read once needed. */
        List<Post> recent;
        final Map<Long, Long> caseOf = new HashMap<>();

        Batch(List<Incident> incidents, Instant lastArrival, Set<IncidentCase.Key> joined) {
            incidents.forEach(i -> open.put(i, meaningOf(i)));
            this.lastArrival = lastArrival;
            this.joined = joined;
        }
    }

    private Tracked track(Batch batch, Draft draft, Post post) {
        Optional<Incident> match = batch.open.entrySet().stream()
                .filter(e -> post.joins(e.getKey().kind, e.getKey().intent, e.getValue(), settings.joinSimilarity()))
                .map(Map.Entry::getKey).findFirst();
        if (match.isPresent()) {
            return join(batch, match.get(), draft.supportCase, draft.mention);
        }
        if (batch.recent == null) {
            batch.recent = recentPosts(post.at(), batch.lastArrival, batch.caseOf);
        }
        Optional<Incident> opened = SpikeRule.of(settings).spikeAt(post, batch.recent)
                .map(spike -> open(spike, batch.caseOf));
        opened.ifPresent(incident -> {
            batch.open.put(incident, meaningOf(incident));
            Set<Long> affected = new HashSet<>(IncidentCase.casesOf(incident.id));
            affected.forEach(caseId -> batch.joined.add(new IncidentCase.Key(incident.id, caseId)));
            batch.recent.removeIf(p -> affected.contains(batch.caseOf.get(p.mentionId())));
        });
        return opened.<Tracked>map(i -> new Awaiting(i.id)).orElse(new Unrelated());
    }

    private Tracked join(Batch batch, Incident incident, Case supportCase, Mention mention) {
        if (batch.joined.add(new IncidentCase.Key(incident.id, supportCase.id))) {
            // After approval the autopilot decides on the holding reply (SENT) or leaves it to an agent.
            add(incident, supportCase.id, mention.id,
                    incident.approved() ? IncidentCase.HoldingState.HELD : IncidentCase.HoldingState.PENDING);
        }
        if (!incident.approved()) {
            return new Awaiting(incident.id);
        }
        return new Holding(new HoldingReply(incident.id, supportCase.id,
                IncidentDrafts.personalise(incident.holdingText, supportCase.customerName, supportCase.customerHandle),
                incident.sourceList()));
    }

    private static void add(Incident incident, long caseId, long mentionId, IncidentCase.HoldingState state) {
        IncidentCase affected = new IncidentCase();
        affected.incidentId = incident.id;
        affected.caseId = caseId;
        affected.mentionId = mentionId;
        affected.joinedAt = Instant.now();
        affected.holdingState = state;
        affected.persist();
    }

    /**
     * The posts in no incident yet that arrived from the look-back of the batch's first post to its
     * last post, newest first (at most {@code max-posts-considered}); the batch's own posts are among them.
     */
    private List<Post> recentPosts(Instant first, Instant last, Map<Long, Long> caseOf) {
        SpikeRule rule = SpikeRule.of(settings);
        List<Object[]> rows = Triage.getEntityManager().createQuery("select m.id, m.receivedAt, t.intent,"
                        + " m.supportCase.id from Triage t join t.mention m where m.receivedAt > ?1 and m.receivedAt <= ?2"
                        + " and not exists (select 1 from IncidentCase ic where ic.caseId = m.supportCase.id)"
                        + " order by m.receivedAt desc", Object[].class)
                .setParameter(1, rule.lookBackFrom(first))
                .setParameter(2, last)
                .setMaxResults(settings.maxPostsConsidered()).getResultList();
        Map<Long, float[]> meanings = meanings(rows.stream().map(row -> (Long) row[0]).toList());
        List<Post> recent = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            recent.add(new Post((Long) row[0], (Instant) row[1], (Intent) row[2], meanings.get((Long) row[0])));
            caseOf.put((Long) row[0], (Long) row[3]);
        }
        return recent;
    }

    /** The meaning of each post, read from memory; only the posts this instance has not seen are read and embedded. */
    private Map<Long, float[]> meanings(List<Long> mentionIds) {
        Map<Long, float[]> found = new HashMap<>();
        List<Long> unseen = new ArrayList<>();
        for (Long id : mentionIds) {
            float[] meaning = meaningById.get(id);
            if (meaning == null) {
                unseen.add(id);
            } else {
                found.put(id, meaning);
            }
        }
        if (!unseen.isEmpty()) {
            Mention.getEntityManager().createQuery("select m.id, m.text from Mention m where m.id in ?1", Object[].class)
                    .setParameter(1, unseen).getResultStream()
                    .forEach(row -> found.put((Long) row[0], meaning((Long) row[0], (String) row[1])));
        }
        return found;
    }

    private Incident open(Spike spike, Map<Long, Long> caseOf) {
        Incident incident = new Incident();
        incident.status = IncidentStatus.OPEN;
        incident.kind = spike.kind();
        incident.intent = spike.posts().stream().collect(Collectors.groupingBy(Post::intent, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(spike.intent());
        incident.centroid = Vectors.text(Vectors.mean(spike.posts().stream().map(Post::meaning).toList()));
        incident.openedAt = Instant.now();
        incident.firstPostAt = spike.posts().stream().map(Post::at).min(Comparator.naturalOrder()).orElseThrow();
        String topic = drafts.draft(incident);
        incident.draftedAt = Instant.now();
        incident.title = String.format(Locale.ROOT, "%d posts in %d min about %s (%s %s, baseline %.1f per window)",
                spike.posts().size(), settings.window().toMinutes(), topic, spike.kind().name().toLowerCase(Locale.ROOT),
                incident.intent, spike.baselinePerWindow());
        incident.persist();
        Set<Long> cases = new HashSet<>();
        spike.posts().stream().filter(p -> cases.add(caseOf.get(p.mentionId())))
                .forEach(p -> add(incident, caseOf.get(p.mentionId()), p.mentionId(), IncidentCase.HoldingState.PENDING));
        audit.record(ACTOR, "INCIDENT_OPENED", null, null, "incident " + incident.id + ": " + incident.title);
        LOG.warnf("Incident %d opened: %s", incident.id, incident.title);
        return incident;
    }

    private float[] meaningOf(Incident incident) {
        return centroids.computeIfAbsent(incident.id, id -> incident.meaning());
    }

    private float[] meaning(long mentionId, String text) {
        float[] meaning = embeddings.embedPost(text).vector();
        meaningById.put(mentionId, meaning);
        return meaning;
    }
}
