package com.firstline.drafting.checks;

import com.firstline.common.RecentlyUsed;
import com.firstline.drafting.PromptFiles;
import com.firstline.knowledge.KnowledgeBase;
import com.firstline.knowledge.KnowledgeReindexed;
import com.firstline.knowledge.Passage;
import com.firstline.triage.Sentiment;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks every public reply must pass, in one place for all three uses: the LLM's output
 * guardrail, the offline drafter's output and an agent's edit. A reply with any problem is never
 * posted without a person looking at it.
 */
@ApplicationScoped
public class ReplyGuard {

    /** The prompt files a reply must never quote. */
    static final List<String> PROMPTS = List.of("prompts/system.txt", "prompts/draft-reply.txt");

    @Inject
    KnowledgeBase knowledgeBase;

    /** How many recently checked replies are remembered with their problems. */
    private static final int REMEMBERED = 256;

    private volatile List<ReplyCheck> checks;

    /**
     * The offline drafter checks its reply while fitting sentences into it, and filing the draft
     * checks the same reply again; the checks are pattern searches that cost more than the rest of
     * drafting, so the second answer comes from here. The key holds the cited passages' text, so a
     * re-indexed passage is checked afresh.
     */
    private final Map<CheckedReply, List<String>> recent = RecentlyUsed.map(REMEMBERED);

    @PostConstruct
    void load() {
        checks = List.of(new FitsOnePost(), new NoDeflection(), new NoPrivateDataInPublic(), new WithinPolicy(),
                new Grounded(), new NoPromptLeak(PROMPTS.stream().map(PromptFiles::text).toList()),
                new NoAgentGuidance(knowledgeBase.guidance(), knowledgeBase.passageTexts()), new Tone());
    }

    /** The articles' guidance for agents may have changed: judge replies against the new lines. */
    void onReindexed(@Observes KnowledgeReindexed reindexed) {
        load();
        recent.clear();
    }

    /** What is wrong with the reply; empty when it may go out as it is. */
    public List<String> problems(String handle, String text, String customerText, Sentiment sentiment,
                                 List<String> sources) {
        if (text == null || text.isBlank()) {
            return List.of("The reply is empty.");
        }
        List<Passage> cited = sources.stream().map(knowledgeBase::passage).flatMap(Optional::stream).toList();
        CheckedReply reply = new CheckedReply(handle, text, Objects.requireNonNullElse(customerText, ""),
                sentiment, cited);
        List<String> known = recent.get(reply);
        if (known != null) {
            return known;
        }
        List<String> problems = new ArrayList<>();
        checks.forEach(check -> check.problem(reply).ifPresent(problems::add));
        recent.put(reply, List.copyOf(problems));
        return List.copyOf(problems);
    }
}
