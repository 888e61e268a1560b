package com.firstline.incident;

import com.firstline.audit.AuditLog;
import com.firstline.publish.ApprovedReplies;
import com.firstline.publish.Reply;
import com.firstline.drafting.PostLength;
import com.firstline.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * What supervisors do with an incident: read it, edit its drafts and notes, have them drafted
 * again from the notes, approve them once (the broadcast and the holding replies then go out),
 * and resolve it (the follow-ups go out to the customers who got the holding reply).
 */
@ApplicationScoped
public class IncidentWorkflow {

    @Inject
    IncidentDrafts drafts;

    @Inject
    AuditLog audit;

    @Inject
    ApprovedReplies approvedReplies;

    @Inject
    SecurityIdentity identity;

    /** A supervisor's changes; null fields are left as they are. */
    /** A supervisor's edit; each text bounded like its column (the broadcast must also fit one post, checked on apply). */
    public record Edit(@Size(max = 200) String title, @Size(max = 4000) String notes,
                       @Size(max = 2000) String broadcastText, @Size(max = 2000) String holdingText,
                       @Size(max = 2000) String followUpText, @PositiveOrZero Long version) {
    }

    @Transactional
    public List<IncidentView> list(IncidentStatus status) {
        List<Incident> incidents = status == null ? Incident.list("order by openedAt desc")
                : Incident.list("status = ?1 order by openedAt desc", status);
        return incidents.stream().map(this::view).toList();
    }

    @Transactional
    public IncidentView get(long id) {
        return view(load(id));
    }

    @Transactional
    public IncidentView edit(long id, Edit edit) {
        Incident incident = unapproved(id, edit.version());
        IncidentTexts before = IncidentTexts.of(incident);
        apply(incident, edit);
        audit.record(supervisor(), "INCIDENT_EDITED", null, null, "incident " + id + "\n"
                + before.changesTo(IncidentTexts.of(incident)));
        return view(incident);
    }

    /** Drafts the broadcast, holding reply and follow-up again, now with the incident's notes. */
    @Transactional
    public IncidentView redraft(long id) {
        Incident incident = unapproved(id, null);
        drafts.draft(incident);
        incident.draftedAt = Instant.now();
        return view(incident);
    }

    @Transactional
    public IncidentView approve(long id, Edit edit) {
        Incident incident = unapproved(id, edit == null ? null : edit.version());
        IncidentTexts before = IncidentTexts.of(incident);
        if (edit != null) {
            apply(incident, edit);
        }
        incident.approvedBy = supervisor();
        incident.approvedAt = Instant.now();
        incident.broadcastReply = Reply.broadcast(incident.broadcastText);
        approvedReplies.offerOnCommit(incident.broadcastReply);
        audit.record(supervisor(), "INCIDENT_APPROVED", null, null, "incident " + id + "\n"
                + before.changesTo(IncidentTexts.of(incident)) + "\nbroadcast: " + IncidentTexts.clip(incident.broadcastText)
                + "\nholding reply: " + IncidentTexts.clip(incident.holdingText));
        return view(incident);
    }

    @Transactional
    public IncidentView resolve(long id, Edit edit) {
        Incident incident = load(id);
        IncidentTexts before = IncidentTexts.of(incident);
        if (incident.status == IncidentStatus.RESOLVED) {
            throw ProblemException.conflict("Incident " + id + " was resolved by " + incident.resolvedBy);
        }
        if (edit != null && edit.followUpText() != null && !edit.followUpText().isBlank()) {
            incident.followUpText = edit.followUpText().strip();
        }
        incident.status = IncidentStatus.RESOLVED;
        incident.resolvedBy = supervisor();
        incident.resolvedAt = Instant.now();
        audit.record(supervisor(), "INCIDENT_RESOLVED", null, null, "incident " + id + "\n"
                + before.changesTo(IncidentTexts.of(incident)) + "\nfollow-up: " + IncidentTexts.clip(incident.followUpText));
        return view(incident);
    }

    private void apply(Incident incident, Edit edit) {
        incident.title = orElse(edit.title(), incident.title);
        incident.notes = edit.notes() == null ? incident.notes : edit.notes().strip();
        incident.broadcastText = orElse(edit.broadcastText(), incident.broadcastText);
        if (!PostLength.fits(null, incident.broadcastText)) {
            throw new ProblemException(422, "Unprocessable Content", "The broadcast is too long for one post: "
                    + PostLength.of(null, incident.broadcastText) + " of " + PostLength.LIMIT + " characters.");
        }
        incident.holdingText = orElse(edit.holdingText(), incident.holdingText);
        incident.followUpText = orElse(edit.followUpText(), incident.followUpText);
        incident.warnings = String.join("\n", drafts.warnings(incident));
    }

    private static String orElse(String edited, String current) {
        return edited == null || edited.isBlank() ? current : edited.strip();
    }

    private Incident unapproved(long id, Long version) {
        Incident incident = load(id);
        if (incident.approved() || incident.status == IncidentStatus.RESOLVED) {
            throw ProblemException.conflict("Incident " + id + " was already "
                    + (incident.approved() ? "approved by " + incident.approvedBy : "resolved"));
        }
        if (version != null && version != incident.version) {
            throw ProblemException.conflict("Incident " + id + " changed since you opened it; reload it");
        }
        return incident;
    }

    private static Incident load(long id) {
        Incident incident = Incident.findById(id);
        if (incident == null) {
            throw ProblemException.notFound("No incident " + id);
        }
        return incident;
    }

    private IncidentView view(Incident incident) {
        return IncidentView.of(incident, IncidentCase.list("incidentId = ?1 order by joinedAt", incident.id));
    }

    private String supervisor() {
        return identity.getPrincipal().getName();
    }
}
