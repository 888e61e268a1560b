package com.firstline.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a public reply must pass before it goes out unflagged. Run on every draft and on every
 * agent edit; what fails is shown to the agent as a warning.
 */
public final class ReplyChecks {

    private static final Pattern PRIVATE_DATA = Pattern.compile(
            "\\b(booking (reference|ref|code)|confirmation (number|code)|e-?mail( address)?|card (number|details)"
                    + "|home address|postal address|passport number|phone number|date of birth)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_DM = Pattern.compile("\\b(DM|direct message|private message)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE_DEFLECTION = Pattern.compile(
            "(\\+?\\d[\\d ().-]{7,}\\d)|\\b(call (us|our)|phone (us|our)|contact form|fill (in|out) (the|our) form)\\b",
            Pattern.CASE_INSENSITIVE);

    private ReplyChecks() {
    }

    /** What is wrong with the reply; empty when it may be posted as it is. */
    public static List<String> problems(String handle, String text) {
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add("The reply is empty.");
            return problems;
        }
        int length = PostLength.of(handle, text);
        if (length > PostLength.LIMIT) {
            problems.add("Too long for one post: " + length + " of " + PostLength.LIMIT + " characters with the @handle.");
        }
        if (PRIVATE_DATA.matcher(text).find() && !IN_DM.matcher(text).find()) {
            problems.add("Asks for private details in public: invite the customer to DM instead.");
        }
        if (PHONE_DEFLECTION.matcher(text).find()) {
            problems.add("Sends the customer to a phone number or a form: answer here or in DM.");
        }
        return problems;
    }
}
