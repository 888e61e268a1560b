package com.firstline.drafting;

import io.smallrye.config.ConfigMapping;

import java.util.List;

/** How posts are matched to reply macros (firstline.macros.* in application.properties). */
@ConfigMapping(prefix = "firstline.macros")
public interface MacroSettings {

    /**
     * The classifier's probability below which no macro is chosen: the post waits as "needs a
     * reply". It is also the draft's confidence, which the autopilot's thresholds compare with.
     */
    double minProbability();

    /** Cosine similarity to the chosen macro's closest example below which no macro is chosen either. */
    double minSimilarity();

    /** How much the classifier's probability adds to a macro's similarity when ranking. */
    double probabilityWeight();

    /**
     * A safety macro this close to the post wins over a likelier macro when the post also carries
     * a safety or vulnerable-customer signal: a missed safety report costs more than an escalation.
     */
    double safetySimilarity();

    /**
     * Words that say something went wrong ("cancelled", "lost", "rude"). A post with one never gets
     * a thank-you macro; with a word of thanks as well it is mixed (sarcasm, or thanks after
     * trouble), and a person answers it.
     */
    List<String> troubleWords();

    /** Words of thanks and praise ("thank", "awesome"). A post with one and no trouble never gets an apology. */
    List<String> thanksWords();

    /** How many other likely macros are offered beside a draft. */
    int alternatives();

    /** Whether a post whose macro reply an agent approved unchanged becomes an example of that macro. */
    boolean learn();

    /** The macro classifier's L2 penalty and training passes over the examples. */
    double l2();

    int epochs();
}
