package com.firstline.triage;

import java.util.regex.Pattern;

/** Words in a post that mean someone needs us now. Each one that fires adds to the priority. */
public enum UrgencySignal {
    SAFETY("safety concern",
            "\\b(smoke|smoking|fire|burning|smell of (burning|smoke|fuel|gas)|fumes|sparks?|leak\\w*|dripping|fluid"
                    + "|injur\\w*|unsafe|safety|emergency|ambulance|bleeding|collapsed|faint\\w*|unconscious|seizure"
                    + "|heart attack|can'?t breathe|allergic reaction|anaphyla\\w*|threat\\w*|harass\\w*|assault\\w*"
                    + "|groped|weapon|bomb|violent|attacked)\\b"),
    LEGAL_THREAT("legal threat",
            "\\b(lawyer|attorney|solicitor|sue|suing|legal action|court|small claims)\\b"),
    TRAVELLING_NOW("travelling now",
            "\\b(at the gate|gate closes|boarding (now|closes)|(leaves|departs|takes off) in \\d+|stuck (at|in|on)"
                    + "|stranded|on the (plane|tarmac)|on board now|right now|missed (my|our) connection)\\b"),
    VULNERABLE_CUSTOMER("vulnerable customer",
            "\\b(wheelchair|disabled|disability|medication|medicine|insulin|pregnant|unaccompanied|elderly"
                    + "|oxygen|diabetic|infant|newborn)\\b"),
    REPEATED_CONTACT("repeated contact",
            "\\b(again|still (no|nothing|waiting)|(second|third|fourth) time|nobody (answers|replies|responds)"
                    + "|no (reply|response|answer) (yet|from))\\b");

    private final String reason;
    private final Pattern pattern;

    UrgencySignal(String reason, String regex) {
        this.reason = reason;
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public String reason() {
        return reason;
    }

    public boolean firesOn(String text) {
        return pattern.matcher(text).find();
    }
}
