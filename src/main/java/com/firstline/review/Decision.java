package com.firstline.review;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An agent's decision on a draft.
 *
 * @param text    approve: the edited reply, or empty to send the draft as it is
 * @param reason  reject (required) or escalate: why
 * @param version the draft version the agent saw; a newer one means someone else acted first
 */
public record Decision(@Size(max = 2000) String text, @Size(max = 1000) String reason,
                       @PositiveOrZero Long version) {

    static final Decision NONE = new Decision(null, null, null);
}
