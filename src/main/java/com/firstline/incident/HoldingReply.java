package com.firstline.incident;

import java.util.List;

/** An open incident's approved holding reply, personalised for the customer of a case that just joined it. */
public record HoldingReply(long incidentId, long caseId, String text, List<String> sources) {

    /** Noted before the autopilot's rule, so the audit trail says which incident's reply went out. */
    public String why() {
        return "holding reply of incident " + incidentId + " (approved by a supervisor); ";
    }
}
