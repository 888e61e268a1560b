package com.firstline.drafting.checks;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A public reply never asks for private details; it invites the customer to send them by DM.
 * Only an ask counts ("reply with your booking reference"): a passage saying "we notify you by
 * email" asks nothing.
 */
public final class NoPrivateDataInPublic implements ReplyCheck {

    private static final Pattern ASK_FOR_PRIVATE_DATA = Pattern.compile(
            "\\b(send|share|give|tell|provide|post|reply|tweet|need|what'?s|what is|confirm|include|let us know"
                    + "|drop|write)\\b(\\W+[\\w']+){0,4}?\\W+"
                    + "(booking (reference|ref|code|number)|confirmation (number|code)|e-?mail( address)?"
                    + "|card (number|details)|credit card|home address|postal address|address|passport( number)?"
                    + "|phone number|mobile number|date of birth|PNR)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_DM = Pattern.compile("\\b(DM|DMs|direct message|private message)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public Optional<String> problem(CheckedReply reply) {
        return ASK_FOR_PRIVATE_DATA.matcher(reply.text()).find() && !IN_DM.matcher(reply.text()).find()
                ? Optional.of("Asks for private details in public: invite the customer to DM instead.")
                : Optional.empty();
    }
}
