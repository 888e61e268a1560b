package com.firstline.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/**
 * Chooses the reply macro for a post, then the drafting path: the LLM when one is configured
 * (shown the closest macros), the offline drafter (the macro's reply) otherwise or whenever the
 * LLM fails (timeout, rate limit, nonsense), so every mention still gets a draft or an honest "needs a reply".
 */
@ApplicationScoped
public class DraftingService {

    @Inject
    DraftingSettings settings;

    @Inject
    LlmDrafter llm;

    @Inject
    OfflineDrafter offline;

    @Inject
    MacroChooser macros;

    /** Whether drafts are asked of an LLM first (seconds per draft) rather than written offline. */
    public boolean usesLlm() {
        return settings.llm().enabled();
    }

    /**
     * The LLM service keeps its chat (and the guardrail's re-asks) per request: a pipeline thread
     * has no request, so one is opened per draft and no post ever shares a chat with another.
     */
    @ActivateRequestContext
    public ProposedReply draft(ReplyContext context) {
        MacroChoice choice = macros.choose(context);
        // The LLM drafter falls back to the offline drafter itself (timeout, circuit breaker, fallback).
        return usesLlm() && writesWithLlm(choice) ? llm.draft(context, choice) : offline.draft(context, choice);
    }

    /**
     * A safety report gets the support lead's holding reply and a post that needs no reply gets
     * none, whatever an LLM would write; every other post is the LLM's to answer.
     */
    private static boolean writesWithLlm(MacroChoice choice) {
        return choice.kind() == MacroChoice.Kind.DRAFTED || choice.kind() == MacroChoice.Kind.NEEDS_REPLY;
    }
}
