package com.firstline.incident;

import java.util.Objects;
import java.util.StringJoiner;

/**
 * An incident's texts at one moment, so the audit trail can say what a supervisor's edit changed:
 * each changed field before → after. Each value is clipped so that all five fit the audit detail.
 */
record IncidentTexts(String title, String notes, String broadcast, String holdingReply, String followUp) {

    private static final int SHOWN = 350;

    static IncidentTexts of(Incident incident) {
        return new IncidentTexts(incident.title, incident.notes, incident.broadcastText, incident.holdingText,
                incident.followUpText);
    }

    String changesTo(IncidentTexts after) {
        StringJoiner changes = new StringJoiner("\n");
        change(changes, "title", title, after.title);
        change(changes, "notes", notes, after.notes);
        change(changes, "broadcast", broadcast, after.broadcast);
        change(changes, "holding reply", holdingReply, after.holdingReply);
        change(changes, "follow-up", followUp, after.followUp);
        return changes.length() == 0 ? "texts unchanged" : changes.toString();
    }

    static String clip(String text) {
        if (text == null) {
            return "none";
        }
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }

    private static void change(StringJoiner changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + clip(before) + " → " + clip(after));
        }
    }
}
