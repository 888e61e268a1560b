package com.firstline.drafting.checks;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers as a reply states them ("1,500", "3.5", "24"), normalised so "1,500" equals "1500". */
final class Numbers {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private Numbers() {
    }

    static Set<String> in(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        while (m.find()) {
            numbers.add(normal(m.group()));
        }
        return numbers;
    }

    /** Every number in a policy's values ("travel credit of fare minus 50 EUR" gives 50). */
    static Set<String> inPolicy(Map<String, Object> policy) {
        Set<String> numbers = new LinkedHashSet<>();
        policy.values().forEach(v -> numbers.addAll(in(String.valueOf(v))));
        return numbers;
    }

    static String normal(String number) {
        String plain = number.replace(",", "");
        return plain.contains(".") ? plain.replaceAll("\\.?0+$", "") : plain;
    }
}
