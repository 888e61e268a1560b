package com.firstline.team;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a team member may do. Each role can do what the ones before it can: a supervisor is also
 * an agent, an admin also a supervisor (the member's security identity carries all of them).
 */
public enum Role {
    /** Works the queue: approves, edits, rejects and escalates drafts. */
    AGENT,
    /** Also decides escalated drafts, reads the audit log, sets policy. */
    SUPERVISOR,
    /** Also manages team members and settings. */
    ADMIN;

    public static final String AGENT_CODE = "agent";
    public static final String SUPERVISOR_CODE = "supervisor";
    public static final String ADMIN_CODE = "admin";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role " + code));
    }
}
