package com.firstline.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Reads one macro file (knowledge-base/macros/*.yaml) and refuses a macro that could never be
 * drafted right: no examples, no reply, an unknown slot, an unknown intent or passage.
 */
final class MacroParser {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MacroFile(List<Entry> macros) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String id, String title, String intent, String when, List<String> examples, List<String> replies,
                 List<String> cites, boolean dm, boolean autopilot, boolean safety,
                 @JsonProperty("no_reply") boolean noReply) {
    }

    private MacroParser() {
    }

    /**
     * @param intents  the intent codes there are
     * @param passages the passage ids there are, so a citation cannot point at nothing
     */
    static List<Macro> parse(String path, String yaml, Set<String> intents, Set<String> passages) {
        MacroFile file;
        try {
            file = YAML.readValue(yaml, MacroFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": not valid macro YAML", e);
        }
        if (file == null || file.macros() == null) {
            return List.of();
        }
        return file.macros().stream().map(entry -> macro(path, entry, intents, passages)).toList();
    }

    private static Macro macro(String path, Entry e, Set<String> intents, Set<String> passages) {
        String where = path + ": macro " + e.id();
        require(e.id() != null && e.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), where + ": id must be lowercase words joined by -");
        require(e.title() != null && !e.title().isBlank(), where + ": no title");
        require(intents.contains(e.intent()), where + ": unknown intent " + e.intent());
        List<String> examples = orEmpty(e.examples());
        List<String> replies = orEmpty(e.replies());
        List<String> cites = orEmpty(e.cites());
        require(!examples.isEmpty(), where + ": no example posts");
        require(e.noReply() ? replies.isEmpty() : !replies.isEmpty(), where
                + (e.noReply() ? ": a no_reply macro has no replies" : ": no reply variant"));
        require(e.noReply() || !cites.isEmpty(), where + ": cites no passage");
        cites.forEach(c -> require(passages.contains(c), where + ": cites " + c + ", which is no passage"));
        replies.forEach(r -> require(Macro.SLOTS.containsAll(Macro.slotsOf(r)), where + ": unknown slot in \"" + r + "\""));
        return new Macro(e.id(), e.title().strip(), e.intent(), e.when(), examples, replies, cites, e.dm(),
                e.autopilot(), e.safety(), e.noReply());
    }

    private static void require(boolean holds, String message) {
        if (!holds) {
            throw new IllegalArgumentException(message);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
