package com.firstline.support;

import com.firstline.drafting.MacroChooser;
import com.firstline.drafting.OfflineDrafter;
import com.firstline.drafting.ProposedReply;
import com.firstline.drafting.ReplyContext;
import com.firstline.drafting.ReplyContexts;
import com.firstline.drafting.checks.ReplyGuard;
import com.firstline.triage.Assessment;
import com.firstline.triage.TriageRequest;
import com.firstline.triage.TriageService;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.List;

/** Drafts a post offline the way the pipeline does (triage, passages, macro, drafter, checks), without the database. */
@Singleton
public class OfflineDrafts {

    @Inject
    TriageService triage;

    @Inject
    ReplyContexts contexts;

    @Inject
    OfflineDrafter offline;

    @Inject
    MacroChooser macros;

    @Inject
    ReplyGuard guard;

    /** The post's context as the drafting stage builds it, with the given customer (the post picks the opening). */
    public ReplyContext context(String handle, String name, String post) {
        Assessment a = triage.assess(TriageRequest.ofText(post));
        return contexts.of(post.hashCode(), handle, name, post, List.of(), a.intent(), a.intentScore(), a.sentiment());
    }

    public ProposedReply draft(ReplyContext context) {
        return offline.draft(context, macros.choose(context));
    }

    /** What the reply checks find in a draft for this context; empty when it passes. */
    public List<String> problems(ReplyContext context, ProposedReply reply) {
        return guard.problems(context.handle(), reply.text(), context.text(), context.sentiment(), reply.sources());
    }
}
