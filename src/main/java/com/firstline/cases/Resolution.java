package com.firstline.cases;

/** Why a case was closed. */
public enum Resolution {
    /** The customer has what they needed. */
    ANSWERED,
    /** Nothing to answer: thanks, a reaction, a post not meant for us. */
    NO_REPLY_NEEDED,
    /** Promotional noise. */
    SPAM,
    /** The customer is answered in another case. */
    DUPLICATE
}
