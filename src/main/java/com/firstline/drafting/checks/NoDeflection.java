package com.firstline.drafting.checks;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Customers hate being bounced to a phone line or a generic web form. The knowledge base answers
 * in the thread or in DM, and lists no phone number at all, so any such pointer is a deflection.
 * Named forms the knowledge base itself describes ("Delay claim" form in the app) are answers,
 * and so is saying there is no need to call.
 */
public final class NoDeflection implements ReplyCheck {

    private static final Pattern DEFLECTION = Pattern.compile(
            "(\\+?\\d[\\d ().-]{7,}\\d)|\\b((?<!need to )call (us|our)|phone (us|our)|ring (us|our)|give us a (call|ring)"
                    + "|hotline|helpline|call cent(er|re)|customer (service|care) (number|line)"
                    + "|contact form|web ?form|online form|fill (in|out)( the| our| a)? form"
                    + "|(visit|check|see) our (website|site|faq)|e-?mail us)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<String> problem(CheckedReply reply) {
        return DEFLECTION.matcher(reply.text()).find()
                ? Optional.of("Sends the customer to a phone number or a generic form: answer here or invite a DM.")
                : Optional.empty();
    }
}
