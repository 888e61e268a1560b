package com.firstline.ingest;

import java.text.Normalizer;

/**
 * Cleans untrusted post text before it is stored: NFC-normalised, control characters (except
 * line breaks and tabs) and unpaired surrogates removed. PostgreSQL rejects NUL and broken UTF-16
 * would corrupt storage; everything else (emoji, RTL, accents) is kept as the customer wrote it.
 */
public final class PostText {

    private PostText() {
    }

    public static String clean(String raw) {
        String normalized = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < normalized.length()
                    && Character.isLowSurrogate(normalized.charAt(i + 1))) {
                out.append(c).append(normalized.charAt(++i));
            } else if (!Character.isSurrogate(c) && (!Character.isISOControl(c) || c == '\n' || c == '\t')) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** True when something would show on screen: not only spaces and invisible format characters. */
    public static boolean hasVisibleText(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT);
    }
}
