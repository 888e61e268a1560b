package com.firstline.drafting;

/** Which path wrote a draft, so outcomes can be compared per path. */
public enum DraftedBy {
    /** Knowledge-base retrieval and the templates in prompts/, no LLM. */
    OFFLINE,
    /** The configured OpenAI-compatible model. */
    LLM
}
