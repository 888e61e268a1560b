package com.firstline.triage;

import com.firstline.audit.AuditLog;
import com.firstline.knowledge.Embeddings;
import com.firstline.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Posts filed as spam get no draft and their case is closed unseen, so an agent can look at them
 * and take one back: it is filed under its likeliest other intent, its case is open again, and it
 * goes to drafting like any post. Audited as {@code NOT_SPAM}.
 */
@ApplicationScoped
public class SpamReview {

    @Inject
    IntentClassifier intents;

    @Inject
    Embeddings embeddings;

    @Inject
    TriageStage stage;

    @Inject
    AuditLog audit;

    /** A post filed as spam, as the spam view lists it. */
    public record FiledAsSpam(long mentionId, long caseId, String handle, String text, Instant postedAt,
                              List<String> reasons) {
    }

    /** What taking a post back from spam did. */
    public record TakenBack(long mentionId, long caseId, String intent, double intentScore) {
    }

    public List<FiledAsSpam> recent(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> Triage.<Triage>find(
                        "select t from Triage t join fetch t.mention m join fetch m.supportCase where t.intent = ?1"
                                + " order by m.postedAt desc", Intent.SPAM).page(0, limit).list().stream()
                .map(t -> new FiledAsSpam(t.mention.id, t.mention.supportCase.id, t.mention.supportCase.customerHandle,
                        t.mention.text, t.mention.postedAt, t.reasons())).toList());
    }

    public TakenBack takeBack(long mentionId, String agent) {
        String text = QuarkusTransaction.requiringNew().call(() -> spam(mentionId).mention.text);
        Scored<Intent> intent = intents.classifyAsNotSpam(embeddings.embedPost(text));
        TakenBack taken = QuarkusTransaction.requiringNew().call(() -> {
            Triage triage = spam(mentionId);
            triage.intent = intent.label();
            triage.intentScore = intent.score();
            triage.mention.supportCase.takeBack();
            audit.record(agent, "NOT_SPAM", triage.mention.supportCase.id, null,
                    "filed as spam → " + intent.label() + ": " + triage.mention.text);
            return new TakenBack(mentionId, triage.mention.supportCase.id, intent.label().name(), intent.score());
        });
        stage.resend(mentionId);
        return taken;
    }

    private static Triage spam(long mentionId) {
        Triage triage = Triage.<Triage>find("mention.id", mentionId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No triaged post " + mentionId));
        if (triage.intent != Intent.SPAM) {
            throw ProblemException.conflict("Post " + mentionId + " is not filed as spam (it is " + triage.intent + ")");
        }
        return triage;
    }
}
