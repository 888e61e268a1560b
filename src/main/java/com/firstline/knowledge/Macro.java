package com.firstline.knowledge;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Set;

/**
 * A reply macro: a whole reply for one situation, written by the support lead in
 * knowledge-base/macros/ (see the README there) or saved from an agent's reply in the workspace.
 *
 * @param intent    the intent code it usually answers: a prior when choosing, not a rule
 * @param examples  posts it answers, in the customers' own words; choosing compares a post with these
 * @param replies   variants with slots ({first_name}, {flight}, {airport}, {staff}, {time}); empty when no reply is needed
 * @param cites     the knowledge-base passages its replies rely on ({@code file.md#heading})
 * @param dm        its replies invite a Direct Message
 * @param autopilot the autopilot may send it without an agent
 * @param safety    a safety, security or medical report: escalated, top of the queue, never the autopilot
 * @param noReply   the posts it covers need no reply from the brand
 */
public record Macro(String id, String title, String intent, String when, List<String> examples, List<String> replies,
                    List<String> cites, boolean dm, boolean autopilot, boolean safety, boolean noReply) {

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final Pattern APOLOGY = Pattern.compile("\\b(sorry|apologi[sz]e|apologies)\\b", Pattern.CASE_INSENSITIVE);
    public static final Set<String> SLOTS = Set.of("first_name", "flight", "airport", "staff", "time");

    /** The autopilot never sends a safety reply, whatever the file says. */
    public boolean autoSendable() {
        return autopilot && !safety && !noReply;
    }

    /** Thanks and praise: wrong for a complaint ("thanks for a complaint" is what care leads fear most). */
    public boolean thanks() {
        return "PRAISE".equals(intent);
    }

    /** Every reply of it apologises: wrong for praise ("sorry about your kind words"). */
    public boolean apologises() {
        return !replies.isEmpty() && replies.stream().allMatch(Macro::apologetic);
    }

    public static boolean apologetic(String reply) {
        return APOLOGY.matcher(reply).find();
    }

    /** The slots a reply variant uses. */
    public static Set<String> slotsOf(String reply) {
        Matcher m = SLOT.matcher(reply);
        return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    }

    /** The same macro with more example posts or reply variants (learned or saved by the team). */
    public Macro with(List<String> moreExamples, List<String> moreReplies) {
        return new Macro(id, title, intent, when, concat(examples, moreExamples), concat(replies, moreReplies), cites,
                dm, autopilot, safety, noReply);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return b.isEmpty() ? a : Stream.concat(a.stream(), b.stream()).toList();
    }
}
