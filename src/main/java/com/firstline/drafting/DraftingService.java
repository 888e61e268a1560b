package com.firstline.drafting;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Picks the drafting path: the LLM when one is configured, the offline drafter otherwise or
 * whenever the LLM fails (timeout, rate limit, nonsense), so every mention still gets a draft.
 */
@ApplicationScoped
public class DraftingService {

    private static final Logger LOG = Logger.getLogger(DraftingService.class);

    @ConfigProperty(name = "firstline.drafting.llm.enabled")
    boolean llmEnabled;

    @Inject
    LlmDrafter llm;

    @Inject
    OfflineDrafter offline;

    @Inject
    MeterRegistry metrics;

    /** Whether drafts are asked of an LLM first (seconds per draft) rather than written offline. */
    public boolean usesLlm() {
        return llmEnabled;
    }

    /**
     * The LLM service keeps its chat (and the guardrail's re-asks) per request: a pipeline thread
     * has no request, so one is opened per draft and no post ever shares a chat with another.
     */
    @ActivateRequestContext
    public ProposedReply draft(ReplyContext context) {
        if (llmEnabled) {
            try {
                return llm.draft(context);
            } catch (RuntimeException e) {
                metrics.counter("firstline.llm.failures").increment();
                LOG.warnf("LLM drafting failed for mention %d, drafting offline: %s", context.mentionId(), e.toString());
            }
        }
        return offline.draft(context);
    }
}
