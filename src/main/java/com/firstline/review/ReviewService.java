package com.firstline.review;

import com.firstline.audit.AuditLog;
import com.firstline.cases.CaseNote;
import com.firstline.drafting.Draft;
import com.firstline.drafting.DraftStatus;
import com.firstline.drafting.MacroExample;
import com.firstline.drafting.MacroLibrary;
import com.firstline.drafting.MacroSettings;
import com.firstline.drafting.OfflineDrafter;
import com.firstline.drafting.ReplyContext;
import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.ingest.PostText;
import com.firstline.knowledge.Macro;
import com.firstline.pipeline.Handoff;
import com.firstline.problem.ProblemException;
import com.firstline.publish.ApprovedReplies;
import com.firstline.publish.Reply;
import com.firstline.team.Role;
import com.firstline.triage.Sentiment;
import com.firstline.triage.Triage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review queue: agents approve, edit, reject or escalate drafts. Approving writes the reply's
 * outbox row in the same transaction as the decision, then hands it to the publish worker.
 */
@ApplicationScoped
public class ReviewService {

    @Inject
    AuditLog audit;

    @Inject
    SecurityIdentity identity;

    @Inject
    Claims claims;

    @Inject
    ReplyGuard guard;

    @Inject
    Presence presence;

    @Inject
    ApprovedReplies approvedReplies;

    @Inject
    MacroLibrary macros;

    @Inject
    OfflineDrafter drafter;

    @Inject
    MacroSettings macroSettings;

    /** Drafts matching the filter, highest priority first, then the nearest response deadline. */
    public List<DraftView> queue(QueueFilter filter, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Draft> drafts = Draft.find("from Draft d join fetch d.supportCase c join fetch d.mention m where "
                            + filter.where() + " order by d.priority desc, c.responseDueAt asc nulls last, d.id asc",
                            filter.parameters())
                    .page(0, limit).list();
            Map<Long, Triage> triages = drafts.isEmpty() ? Map.of()
                    : Triage.<Triage>list("mention.id in ?1", drafts.stream().map(d -> d.mention.id).toList())
                    .stream().collect(Collectors.toMap(t -> t.mention.id, Function.identity()));
            Map<Long, List<String>> viewers = presence.viewers(drafts.stream().map(d -> d.supportCase.id).distinct().toList());
            return drafts.stream().map(d -> DraftView.of(d, triages.get(d.mention.id),
                    viewers.getOrDefault(d.supportCase.id, List.of()), this::macroTitle)).toList();
        });
    }

    /** The drafts of a case still waiting for a decision (pending or escalated). */
    public List<DraftView> openDrafts(long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> Draft.<Draft>list(
                        "supportCase.id = ?1 and status in ?2 order by createdAt", caseId,
                        List.of(DraftStatus.PENDING, DraftStatus.ESCALATED)).stream()
                .map(this::view).toList());
    }

    public DraftView find(long draftId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            return view(load(draftId));
        });
    }

    public DraftView approve(long draftId, Decision decision) {
        Approved approved = QuarkusTransaction.requiringNew().call(() -> {
            Draft draft = decidable(draftId, decision);
            String text = approvedText(draft, decision);
            PostableText.refusePrivateDetails(draft.supportCase, text);
            String before = draft.text;
            boolean unchanged = before.equals(text);
            Reply reply = Reply.approved(draft, agent(), text);
            audit.record(agent(), unchanged ? "APPROVED" : "APPROVED_EDITED", draft.supportCase.id,
                    draft.id, unchanged ? text : "before: " + before + "\nafter: " + text);
            String learned = unchanged ? learnFrom(draft) : null;
            return new Approved(Handoff.of(reply.id, draft.supportCase.conversationId), learned, draft.mention.text);
        });
        approvedReplies.offer(approved.handoff());
        if (approved.learnedMacro() != null) {
            macros.learned(approved.learnedMacro(), approved.post());
        }
        return find(draftId);
    }

    /** An approval's reply hand-off, and the macro that learned the post as an example (or null). */
    private record Approved(Message<Long> handoff, String learnedMacro, String post) {
    }

    /**
     * A macro's reply sent as it was is the team saying "this macro answers posts like this one":
     * the post becomes one of its examples, so the next post like it finds the macro more surely.
     */
    private String learnFrom(Draft draft) {
        if (!macroSettings.learn() || draft.macroId == null || macros.find(draft.macroId).isEmpty()) {
            return null;
        }
        MacroExample example = new MacroExample();
        example.macroId = draft.macroId;
        example.text = draft.mention.text;
        example.draftId = draft.id;
        example.createdAt = Instant.now();
        example.persist();
        return draft.macroId;
    }

    /**
     * Replaces a waiting draft's text with another macro's reply, filled in for this post. The
     * draft stays waiting: the agent reads it, then approves or edits it.
     */
    public DraftView useMacro(long draftId, String macroId, Long version) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Draft draft = decidable(draftId, new Decision(null, null, version));
            Macro macro = macros.find(macroId).filter(m -> !m.noReply())
                    .orElseThrow(() -> ProblemException.notFound("No macro " + macroId));
            Sentiment sentiment = Triage.findByMention(draft.mention).map(t -> t.sentiment).orElse(Sentiment.NEUTRAL);
            String text = drafter.reply(ReplyContext.ofPost(draft.mention.id, draft.supportCase.customerHandle,
                            draft.supportCase.customerName, draft.mention.text, sentiment), macro)
                    .orElseThrow(() -> new ProblemException(422, "Unprocessable Content",
                            "Macro " + macroId + " has no reply that fits this post"));
            draft.text = text;
            draft.sources = String.join("\n", macro.cites());
            draft.macroId = macro.id();
            draft.needsDm = macro.dm();
            draft.needsReply = false;
            draft.checked(warnings(draft, text));
            audit.record(agent(), "MACRO_CHOSEN", draft.supportCase.id, draft.id, macro.id() + ": " + text);
            draft.flush();
            return view(draft);
        });
    }

    public DraftView reject(long draftId, Decision decision) {
        if (decision.reason() == null || decision.reason().isBlank()) {
            throw ProblemException.badRequest("reason: a rejection needs a reason");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Draft draft = decidable(draftId, decision);
            draft.decide(DraftStatus.REJECTED, agent(), decision.reason());
            audit.record(agent(), "REJECTED", draft.supportCase.id, draft.id, decision.reason());
            return view(draft);
        });
    }

    /**
     * Hands a draft to the supervisors with a handover note: why, and what the agent knows. The
     * note also joins the case's notes, where whoever takes the case over reads it.
     */
    public DraftView escalate(long draftId, Decision decision) {
        if (decision.reason() == null || decision.reason().isBlank()) {
            throw ProblemException.badRequest("reason: an escalation needs a handover note");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Draft draft = load(draftId);
            if (draft.status != DraftStatus.PENDING) {
                throw ProblemException.conflict("Draft " + draftId + " is " + draft.status + " and cannot be escalated");
            }
            claims.checkMayDecide(draft.supportCase);
            checkVersion(draft, decision);
            draft.decide(DraftStatus.ESCALATED, agent(), decision.reason());
            CaseNote.add(draft.supportCase, agent(), "Handover (escalated): " + decision.reason().strip());
            audit.record(agent(), "ESCALATED", draft.supportCase.id, draft.id, decision.reason());
            return view(draft);
        });
    }

    private DraftView view(Draft draft) {
        long caseId = draft.supportCase.id;
        return DraftView.of(draft, Triage.findByMention(draft.mention).orElse(null),
                presence.viewers(List.of(caseId)).getOrDefault(caseId, List.of()), this::macroTitle);
    }

    private String macroTitle(String macroId) {
        return macros.find(macroId).map(Macro::title).orElse(null);
    }

    private static Draft load(long draftId) {
        Draft draft = Draft.findById(draftId);
        if (draft == null) {
            throw ProblemException.notFound("No draft " + draftId);
        }
        return draft;
    }

    private Draft decidable(long draftId, Decision decision) {
        Draft draft = load(draftId);
        if (!draft.status.awaitsDecision()) {
            throw ProblemException.conflict("Draft " + draftId + " is already " + draft.status
                    + (draft.decidedBy == null ? "" : " by " + draft.decidedBy));
        }
        if (draft.status == DraftStatus.ESCALATED && !identity.hasRole(Role.SUPERVISOR_CODE)) {
            throw new ProblemException(403, "Forbidden", "Draft " + draftId + " is escalated: a supervisor decides it");
        }
        claims.checkMayDecide(draft.supportCase);
        checkVersion(draft, decision);
        return draft;
    }

    private static void checkVersion(Draft draft, Decision decision) {
        if (decision.version() != null && decision.version() != draft.version) {
            throw ProblemException.conflict("Draft " + draft.id + " changed since you opened it (version "
                    + decision.version() + ", now " + draft.version + "); reload it");
        }
    }

    /**
     * The text to post. An edit is checked like a draft: a reply that cannot be posted (too long)
     * is refused; any other problem is recorded as a warning on the draft, which the agent sees in
     * the answer, because the agent has read the reply and decided.
     */
    private String approvedText(Draft draft, Decision decision) {
        if (decision.text() == null || decision.text().isBlank()) {
            if (draft.text.isBlank()) {
                throw new ProblemException(422, "Unprocessable Content",
                        "This post needs a reply: write one or choose a macro before approving.");
            }
            return draft.text;
        }
        String edited = PostableText.of(draft.supportCase.customerHandle, decision.text());
        draft.checked(warnings(draft, edited));
        return edited;
    }

    /** The reply checks' verdict on a text an agent wrote for this draft. */
    public List<String> warnings(long draftId, String text) {
        return QuarkusTransaction.requiringNew().call(() -> warnings(load(draftId), PostText.clean(text)));
    }

    private List<String> warnings(Draft draft, String text) {
        Sentiment sentiment = Triage.findByMention(draft.mention).map(t -> t.sentiment).orElse(null);
        return guard.problems(draft.supportCase.customerHandle, text, draft.mention.text, sentiment,
                draft.sourceList());
    }

    /** The signed-in team member deciding. */
    private String agent() {
        return identity.getPrincipal().getName();
    }
}
