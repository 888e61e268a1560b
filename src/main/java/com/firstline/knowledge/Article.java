package com.firstline.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A help article from knowledge-base/: front matter (intents, policy facts, example posts) and passages. */
public record Article(String path, String title, Set<String> intents, Map<String, Object> policy,
                      List<String> examples, List<Passage> passages) {
}
