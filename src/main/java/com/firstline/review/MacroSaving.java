package com.firstline.review;

import com.firstline.audit.AuditLog;
import com.firstline.drafting.Draft;
import com.firstline.drafting.MacroLibrary;
import com.firstline.drafting.SavedMacro;
import com.firstline.knowledge.Macro;
import com.firstline.problem.ProblemException;
import com.firstline.triage.Intent;
import com.firstline.triage.Triage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * A supervisor keeps an agent's reply (edited or written by hand) as a new macro, or as another
 * variant of one; the post it answered becomes the macro's first (or next) example.
 */
@ApplicationScoped
public class MacroSaving {

    @Inject
    MacroLibrary library;

    @Inject
    AuditLog audit;

    @Inject
    SecurityIdentity identity;

    public Macro save(long draftId, String title, String variantOf) {
        String id = QuarkusTransaction.requiringNew().call(() -> {
            SavedMacro saved = saved(draftId, title, variantOf);
            saved.persist();
            audit.record(identity.getPrincipal().getName(), "MACRO_SAVED", Draft.<Draft>findById(draftId).supportCase.id,
                    draftId, saved.macroId() + ": " + saved.reply);
            return saved.macroId();
        });
        library.reload();
        return library.find(id).orElseThrow();
    }

    private SavedMacro saved(long draftId, String title, String variantOf) {
        Draft draft = Draft.findById(draftId);
        if (draft == null) {
            throw ProblemException.notFound("No draft " + draftId);
        }
        if (draft.text.isBlank()) {
            throw new ProblemException(422, "Unprocessable Content", "Draft " + draftId + " has no reply to save");
        }
        Macro base = variantOf == null ? null : library.find(variantOf).filter(m -> !m.noReply())
                .orElseThrow(() -> ProblemException.notFound("No macro " + variantOf));
        if (base == null && (title == null || title.isBlank())) {
            throw ProblemException.badRequest("title: a new macro needs a title");
        }
        SavedMacro saved = new SavedMacro();
        saved.variantOf = variantOf;
        saved.title = base == null ? title.strip() : base.title();
        saved.intent = base != null ? base.intent()
                : Triage.findByMention(draft.mention).map(t -> t.intent).orElse(Intent.OTHER).name();
        saved.reply = draft.text;
        saved.example = draft.mention.text;
        saved.cites = draft.sources;
        saved.createdBy = identity.getPrincipal().getName();
        saved.createdAt = Instant.now();
        return saved;
    }
}
