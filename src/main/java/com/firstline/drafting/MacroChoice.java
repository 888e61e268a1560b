package com.firstline.drafting;

import com.firstline.knowledge.Macro;

import java.util.List;

/**
 * Which macro answers a post, or why none does.
 *
 * @param macro        the chosen macro; null when the post needs a reply written by an agent
 * @param confidence   how sure the choice is (0..1), from how close the post comes to the macro's examples
 * @param alternatives the next closest macros, offered beside the draft
 */
public record MacroChoice(Kind kind, Macro macro, double confidence, List<MacroMatch> alternatives) {

    public enum Kind {
        /** A macro fits: its reply is the draft. */
        DRAFTED,
        /** A safety, security or medical report: a holding reply, escalated to a supervisor. */
        SAFETY,
        /** The post needs no reply from the brand. */
        NO_REPLY,
        /** No macro is close enough: an agent writes the reply. */
        NEEDS_REPLY
    }

    /** No macro is close enough: an agent writes the reply, with these macros beside the post. */
    public static MacroChoice needsReply(double confidence, List<MacroMatch> closest) {
        return new MacroChoice(Kind.NEEDS_REPLY, null, confidence, closest);
    }

    public String macroId() {
        return macro == null ? null : macro.id();
    }

    public boolean autoSendable() {
        return kind == Kind.DRAFTED && macro.autoSendable();
    }
}
