package com.firstline.insight;

/**
 * The draft an agent edited, recovered from the audit trail: an edited approval is recorded as
 * "before: DRAFT\nafter: SENT", and the draft row keeps SENT. Knowing SENT, the split is exact
 * even when a text itself contains a line starting "after: ".
 */
final class EditedText {

    static final String BEFORE = "before: ";
    static final String AFTER = "\nafter: ";

    private EditedText() {
    }

    static String before(String detail, String sent) {
        String suffix = AFTER + sent;
        if (detail.startsWith(BEFORE) && detail.endsWith(suffix)) {
            return detail.substring(BEFORE.length(), detail.length() - suffix.length());
        }
        int split = detail.lastIndexOf(AFTER);
        return split < 0 ? detail : detail.substring(detail.startsWith(BEFORE) ? BEFORE.length() : 0, split);
    }
}
