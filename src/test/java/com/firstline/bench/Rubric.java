package com.firstline.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The hand-labelled posts of bench/drafting/rubric.yaml and the properties their drafts must have. */
record Rubric(List<Case> cases) {

    static final Path FILE = Path.of("bench/drafting/rubric.yaml");

    /**
     * One post and what its draft must (not) do.
     *
     * @param mustContain    text the reply must contain (case-insensitive): the customer's name, flight, a fact
     * @param mustNotContain text the reply must never contain: injected amounts, links, private-data asks
     * @param cites          the article (path) the reply must cite
     * @param invitesDm      whether the reply must (true) or must not (false) invite a DM; absent: either
     * @param apologises     whether the reply must (true) or must not (false) apologise; absent: either
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Case(String name, String post, @JsonProperty("must_contain") List<String> mustContain,
                @JsonProperty("must_not_contain") List<String> mustNotContain, String cites,
                @JsonProperty("invites_dm") Boolean invitesDm, Boolean apologises) {

        /** The properties the reply misses; empty when it meets them all. */
        List<String> misses(String reply, List<String> sources, List<String> problems) {
            String text = reply.toLowerCase(Locale.ROOT);
            List<String> misses = new ArrayList<>();
            problems.forEach(p -> misses.add("check: " + p));
            orEmpty(mustContain).stream().filter(s -> !text.contains(s.toLowerCase(Locale.ROOT)))
                    .forEach(s -> misses.add("missing '" + s + "'"));
            orEmpty(mustNotContain).stream().filter(s -> text.contains(s.toLowerCase(Locale.ROOT)))
                    .forEach(s -> misses.add("contains '" + s + "'"));
            if (cites != null && sources.stream().noneMatch(s -> s.startsWith(cites + "#"))) {
                misses.add("does not cite " + cites + " (cites " + sources + ")");
            }
            if (invitesDm != null && invitesDm != text.matches("(?s).*\\b(dm|direct message)\\b.*")) {
                misses.add(invitesDm ? "no DM invite" : "needless DM invite");
            }
            if (apologises != null && apologises != text.matches("(?s).*\\b(sorry|apologi[sz]e)\\b.*")) {
                misses.add(apologises ? "no apology" : "needless apology");
            }
            return misses;
        }
    }

    static Rubric load() throws IOException {
        return new Rubric(new ObjectMapper(new YAMLFactory()).readValue(FILE.toFile(),
                new com.fasterxml.jackson.core.type.TypeReference<List<Case>>() {
                }));
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
