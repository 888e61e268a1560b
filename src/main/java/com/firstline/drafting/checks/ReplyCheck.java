package com.firstline.drafting.checks;

import java.util.Optional;

/**
 * One rule a public reply must keep. The same rules block LLM output (as a guardrail that asks
 * the model again), flag offline drafts for a human and warn an agent about an edit.
 */
public interface ReplyCheck {

    /** What is wrong with the reply, in words an agent (or the model, when reprompted) can act on. */
    Optional<String> problem(CheckedReply reply);
}
