package com.firstline.drafting;

import com.twitter.twittertext.TwitterTextParser;

/** Counts a post the way X does (weighted characters, every URL as 23), with X's own library. */
public final class PostLength {

    public static final int LIMIT = 280;

    private PostLength() {
    }

    /** The weighted length of the reply as posted, with the customer's @handle in front. */
    public static int of(String handle, String text) {
        return TwitterTextParser.parseTweet(asPosted(handle, text)).weightedLength;
    }

    public static boolean fits(String handle, String text) {
        return of(handle, text) <= LIMIT;
    }

    public static String asPosted(String handle, String text) {
        return "@" + handle + " " + text;
    }
}
