package com.firstline.ingest;

import com.firstline.audit.AuditLog;
import com.firstline.cases.Case;
import com.firstline.cases.DirectMessage;
import com.firstline.cases.SlaClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.time.Instant;

/**
 * A customer's DM joins their latest case (or opens one, for someone who never posted publicly),
 * reopens it and starts its turn on the SLA clock, once per DM event. It is stored apart from
 * public posts: nothing triages it, drafts from it or quotes it in public.
 */
@ApplicationScoped
public class DirectMessageIntake {

    private static final String ACTOR = "intake";
    /** X allows 10,000 characters in a DM; the column holds as many. */
    private static final int MAX_TEXT = 10_000;

    @Inject
    SlaClock sla;

    @Inject
    AuditLog audit;

    /** A DM as read from the platform. */
    public record IncomingDm(String platform, String eventId, String conversationId, String senderId, String senderHandle,
                             String senderName, String text, Instant sentAt) {
    }

    /** @return the case it joined, or null when this DM event was stored before (by us or another instance) */
    public Long receive(IncomingDm dm) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> store(dm));
        } catch (PersistenceException e) {
            if (QuarkusTransaction.requiringNew().call(() -> DirectMessage.findByEvent(dm.platform(), dm.eventId()).isPresent())) {
                return null; // another instance stored it first
            }
            throw e;
        }
    }

    private Long store(IncomingDm dm) {
        if (DirectMessage.findByEvent(dm.platform(), dm.eventId()).isPresent()) {
            return null;
        }
        Case supportCase = Case.latestOf(dm.platform(), dm.senderId()).orElseGet(() -> Case.opening(dm.platform(),
                "dm-" + dm.senderId(), dm.senderId(), dm.sentAt(), sla));
        if (supportCase.id == null || dm.senderHandle() != null) {
            supportCase.customerHandle = dm.senderHandle() != null ? dm.senderHandle() : dm.senderId();
            supportCase.customerName = dm.senderName();
        }
        supportCase.persist();
        DirectMessage message = new DirectMessage();
        message.supportCase = supportCase;
        message.platform = dm.platform();
        message.eventId = dm.eventId();
        message.conversation = dm.conversationId();
        message.senderId = dm.senderId();
        String text = PostText.clean(dm.text());
        message.text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        message.sentAt = dm.sentAt();
        message.receivedAt = Instant.now();
        message.persistAndFlush();
        supportCase.customerPosted(dm.sentAt(), sla);
        audit.record(ACTOR, "DM_RECEIVED", supportCase.id, null, dm.platform() + " message " + dm.eventId());
        return supportCase.id;
    }
}
