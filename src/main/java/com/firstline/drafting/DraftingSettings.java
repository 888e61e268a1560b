package com.firstline.drafting;

import io.smallrye.config.ConfigMapping;

/** How drafts are written; the values and their documentation are in application.properties. */
@ConfigMapping(prefix = "firstline.drafting")
public interface DraftingSettings {

    /** Knowledge-base passages given to each draft. */
    int passages();

    /** Of those, how many must come from articles on the post's topic. */
    int passagesOnTopic();

    Llm llm();

    interface Llm {
        /** Whether drafts are asked of an LLM first. */
        boolean enabled();

        /** How many drafts are asked of the LLM at once. */
        int concurrency();
    }
}
