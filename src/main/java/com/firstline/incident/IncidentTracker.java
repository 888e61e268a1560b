package com.firstline.incident;

import com.firstline.audit.AuditLog;
import com.firstline.cases.Case;
import com.firstline.drafting.Draft;
import com.firstline.ingest.Mention;
import com.firstline.knowledge.Embeddings;
import com.firstline.triage.Intent;
import com.firstline.triage.Triage;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
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

    @Inject
    IncidentSettings settings;

    @Inject
    Embeddings embeddings;

    @Inject
    IncidentDrafts drafts;

    @Inject
    AuditLog audit;

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

    public Tracked track(long draftId) {
        if (!settings.enabled()) {
            return new Unrelated();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Panache.getEntityManager().createNativeQuery("SELECT id FROM incident_lock WHERE id = 1 FOR UPDATE")
                    .getSingleResult();
            Draft draft = Draft.findById(draftId);
            Triage triage = draft == null ? null : Triage.findByMention(draft.mention).orElse(null);
            if (triage == null || triage.intent == Intent.SPAM) {
                return new Unrelated();
            }
            Post post = new Post(draft.mention.id, draft.mention.receivedAt, triage.intent, meaning(draft.mention));
            Optional<Incident> match = Incident.open().stream().filter(i -> matches(i, post)).findFirst();
            if (match.isPresent()) {
                return join(match.get(), draft.supportCase, draft.mention);
            }
            return detect(post).<Tracked>map(i -> new Awaiting(i.id)).orElse(new Unrelated());
        });
    }

    private boolean matches(Incident incident, Post post) {
        return post.joins(incident.kind, incident.intent, incident.meaning(), settings.joinSimilarity());
    }

    private Tracked join(Incident incident, Case supportCase, Mention mention) {
        if (!IncidentCase.exists(incident.id, supportCase.id)) {
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

    /** Opens an incident when the post is part of a spike among the recent posts that are in no incident yet. */
    private Optional<Incident> detect(Post post) {
        SpikeRule rule = SpikeRule.of(settings);
        List<Triage> recent = Triage.<Triage>find("select t from Triage t join fetch t.mention m "
                        + "where m.receivedAt > ?1 and m.receivedAt <= ?2 and m.supportCase.id not in "
                        + "(select ic.caseId from IncidentCase ic) order by m.receivedAt desc",
                rule.lookBackFrom(post.at()), post.at()).page(0, settings.maxPostsConsidered()).list();
        List<Post> posts = recent.stream().map(t -> t.mention.id == post.mentionId() ? post
                : new Post(t.mention.id, t.mention.receivedAt, t.intent, meaning(t.mention))).toList();
        return rule.spikeAt(post, posts).map(spike -> open(spike, recent.stream()
                .collect(Collectors.toMap(t -> t.mention.id, t -> t.mention, (a, b) -> a))));
    }

    private Incident open(Spike spike, Map<Long, Mention> mentions) {
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
        spike.posts().stream().map(p -> mentions.get(p.mentionId())).filter(m -> cases.add(m.supportCase.id))
                .forEach(m -> add(incident, m.supportCase.id, m.id, IncidentCase.HoldingState.PENDING));
        audit.record(ACTOR, "INCIDENT_OPENED", null, null, "incident " + incident.id + ": " + incident.title);
        LOG.warnf("Incident %d opened: %s", incident.id, incident.title);
        return incident;
    }

    private float[] meaning(Mention mention) {
        return embeddings.embedPost(mention.text).vector();
    }
}
