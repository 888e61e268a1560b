package com.firstline.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A help article from knowledge-base/: front matter (intents, policy facts, example posts), passages,
 * and the guidance for agents ({@code >} lines) that no reply may contain.
 */
public record Article(String path, String title, Set<String> intents, Map<String, Object> policy,
                      List<String> examples, List<Passage> passages, List<String> guidance) {
}
