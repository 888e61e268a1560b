package com.firstline.drafting;

import com.twitter.twittertext.TwitterTextParser;

import java.util.regex.Pattern;

/** Counts a post the way X does (weighted characters, every URL as 23), with X's own library. */
public final class PostLength {

    public static final int LIMIT = 280;

    private PostLength() {
    }

    /** Text X may read as a link: a scheme or a dot followed by a letter ("lumenair.com"). */
    private static final Pattern MAYBE_LINK = Pattern.compile("://|\\.\\p{L}");

    /** The weighted length of the reply as posted, with the customer's @handle in front. */
    public static int of(String handle, String text) {
        String posted = asPosted(handle, text);
        if (simple(posted)) {
            return posted.length(); // every character weighs 1 and there is no URL: no need to parse
        }
        return TwitterTextParser.parseTweet(posted).weightedLength;
    }

    /**
     * Plain text (characters X weighs as 1: below U+1100) with nothing that may be a link. The
     * offline drafter measures many candidate replies per post, and parsing each is the slow part.
     */
    private static boolean simple(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x1100) {
                return false;
            }
        }
        return !MAYBE_LINK.matcher(text).find();
    }

    public static boolean fits(String handle, String text) {
        return of(handle, text) <= LIMIT;
    }

    public static String asPosted(String handle, String text) {
        // A status post (an incident's broadcast) answers nobody and starts with no handle.
        return handle == null ? text : "@" + handle + " " + text;
    }
}
