package com.firstline.triage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What triage looks at: the post text and what we know of its author and its spread.
 *
 * @param priorUnanswered the customer's earlier posts in the same case that we have not answered
 */
public record TriageRequest(@NotBlank @Size(max = 4000) String text,
                            @PositiveOrZero int followers,
                            boolean verified,
                            @PositiveOrZero int retweets,
                            @PositiveOrZero int quotes,
                            @PositiveOrZero int replies,
                            @PositiveOrZero int priorUnanswered) {

    public static TriageRequest ofText(String text) {
        return new TriageRequest(text, 0, false, 0, 0, 0, 0);
    }
}
