package com.firstline.common;

import java.util.regex.Pattern;

/**
 * Customer text as it goes into a prompt's data blocks ({@code <<<POST ... POST>>>}). The
 * delimiters are taken out of it, so a post cannot close its own block and write instructions
 * after it.
 */
public final class PromptData {

    /** Three or more angle brackets in a row, the blocks' delimiters (and look-alikes). */
    private static final Pattern DELIMITER = Pattern.compile("[<>\\u2039\\u203a\\u00ab\\u00bb\\uff1c\\uff1e]{3,}");

    private PromptData() {
    }

    public static String of(String text) {
        return text == null ? "" : DELIMITER.matcher(text).replaceAll(" ");
    }
}
