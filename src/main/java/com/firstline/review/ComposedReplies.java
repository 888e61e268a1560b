package com.firstline.review;

import com.firstline.audit.AuditLog;
import com.firstline.cases.Case;
import com.firstline.cases.CaseStatus;
import com.firstline.drafting.Draft;
import com.firstline.drafting.DraftStatus;
import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.ingest.Mention;
import com.firstline.problem.ProblemException;
import com.firstline.publish.ApprovedReplies;
import com.firstline.publish.Reply;
import com.firstline.team.Role;
import com.firstline.triage.Triage;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * A reply an agent writes in a case, with or without a draft: the first answer where no macro
 * fitted or the draft was rejected, or a follow-up once we answered ("your bag arrives at 6pm").
 * It is threaded under the customer's latest post and goes through the same length rule, reply
 * checks, outbox and exactly-once posting as an approved draft. A draft still waiting in the case
 * is settled by it: approved with the agent's text, so nothing else answers the same post.
 */
@ApplicationScoped
public class ComposedReplies {

    @Inject
    SecurityIdentity identity;

    @Inject
    Claims claims;

    @Inject
    ReplyGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    ApprovedReplies approvedReplies;

    /** The queued reply, the post it answers, and the reply checks' warnings (the agent decided). */
    public record Composed(long replyId, String inReplyToId, List<String> warnings) {
    }

    @Transactional
    public Composed compose(long caseId, String written) {
        Case supportCase = writable(caseId);
        String text = PostableText.of(supportCase.customerHandle, written);
        PostableText.refusePrivateDetails(supportCase, text);
        refuseRepeat(supportCase, text);
        Mention latest = Mention.find("supportCase = ?1 order by postedAt desc, id desc", supportCase).firstResult();
        String agent = identity.getPrincipal().getName();
        Reply reply = waitingDraft(supportCase)
                .map(draft -> Reply.approved(draft, agent, text))
                .orElseGet(() -> Reply.queued(supportCase, latest.postId, text));
        boolean followUp = supportCase.status == CaseStatus.WAITING;
        audit.record(agent, followUp ? "FOLLOW_UP_WRITTEN" : "REPLY_WRITTEN", caseId,
                reply.draft == null ? null : reply.draft.id, text);
        approvedReplies.offerOnCommit(reply);
        return new Composed(reply.id, reply.inReplyToId, warnings(supportCase, latest, text));
    }

    /**
     * A private reply: a DM to the case's customer, where bookings, bags and refunds are handled.
     * It goes through the same outbox and exactly-once sending as a public reply.
     */
    @Transactional
    public Composed composeDirect(long caseId, String written) {
        Case supportCase = writable(caseId);
        String text = PostableText.ofDm(written);
        refuseRepeat(supportCase, text);
        Reply reply = Reply.direct(supportCase, text);
        audit.record(identity.getPrincipal().getName(), "DM_WRITTEN", caseId, null, text);
        approvedReplies.offerOnCommit(reply);
        return new Composed(reply.id, null, List.of());
    }

    /** A case open to a reply from this agent: not closed, and not someone else's. */
    private Case writable(long caseId) {
        Case supportCase = Case.<Case>findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("No case " + caseId));
        if (supportCase.status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("Case " + caseId + " is resolved (" + supportCase.resolution
                    + "); it opens again when the customer writes");
        }
        claims.checkMayDecide(supportCase);
        return supportCase;
    }

    /** A double click, or two agents typing the same words, must not post the same reply twice. */
    private static void refuseRepeat(Case supportCase, String text) {
        if (Reply.count("supportCase = ?1 and text = ?2", supportCase, text) > 0) {
            throw ProblemException.conflict("This reply is already in case " + supportCase.id);
        }
    }

    /** The draft the case is waiting on, if any; an escalated one is a supervisor's to settle. */
    private Optional<Draft> waitingDraft(Case supportCase) {
        List<Draft> waiting = Draft.list("supportCase = ?1 and status in ?2 order by createdAt desc", supportCase,
                List.of(DraftStatus.PENDING, DraftStatus.ESCALATED));
        if (waiting.stream().anyMatch(d -> d.status == DraftStatus.ESCALATED) && !identity.hasRole(Role.SUPERVISOR_CODE)) {
            throw new ProblemException(403, "Forbidden", "Case " + supportCase.id + " is escalated: a supervisor answers it");
        }
        waiting.stream().skip(1).forEach(older -> older.decide(DraftStatus.SUPERSEDED, identity.getPrincipal().getName(),
                "answered by a written reply"));
        return waiting.stream().findFirst();
    }

    private List<String> warnings(Case supportCase, Mention latest, String text) {
        var sentiment = Triage.findByMention(latest).map(t -> t.sentiment).orElse(null);
        return guard.problems(supportCase.customerHandle, text, latest.text, sentiment, List.of());
    }
}
