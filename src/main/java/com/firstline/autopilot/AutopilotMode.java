package com.firstline.autopilot;

/** What the autopilot does with a draft its policy allows. */
public enum AutopilotMode {
    /** Looks at nothing: every draft goes to the queue. */
    OFF,
    /** Records "would have sent" and leaves the draft to the queue, so a team can measure first. */
    SHADOW,
    /** Sends what the policy allows, through the same reply outbox as an agent's approval. */
    LIVE
}
