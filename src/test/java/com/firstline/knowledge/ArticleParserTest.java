package com.firstline.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ArticleParserTest {

    private static final String ARTICLE = """
            ---
            title: Bags
            intents: [BAGGAGE]
            policy:
              cabin_bag_kg: 8
            examples:
              - "my bag is lost"
              - "how heavy can my carry-on be?"
            ---
            # Bags

            Intro text that is not a fact.

            ## Cabin bags
            One cabin bag up to 8 kg.
            It must fit 55x40x23 cm.

            ## Lost bags
            Report it within 7 days.
            """;

    @Test
    void readsFrontMatterAndCutsPassagesAtSecondLevelHeadings() {
        Article article = ArticleParser.parse("baggage.md", ARTICLE);
        assertEquals("Bags", article.title());
        assertEquals(Set.of("BAGGAGE"), article.intents());
        assertEquals(Map.of("cabin_bag_kg", 8), article.policy());
        assertEquals(List.of("my bag is lost", "how heavy can my carry-on be?"), article.examples());
        assertEquals(List.of("baggage.md#cabin-bags", "baggage.md#lost-bags"),
                article.passages().stream().map(Passage::source).toList());
        assertEquals("One cabin bag up to 8 kg. It must fit 55x40x23 cm.", article.passages().get(0).text());
    }

    @Test
    void aFileWithoutFrontMatterIsNotAnArticle() {
        assertNull(ArticleParser.parse("README.md", "# How to edit\n\nText"));
    }

    @Test
    void anArticleWithoutIntentsIsRejectedWithItsPath() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> ArticleParser.parse("x.md", "---\ntitle: X\n---\n## A\nb\n"));
        assertTrue(error.getMessage().startsWith("x.md"));
    }

    @Test
    void unclosedFrontMatterIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ArticleParser.parse("x.md", "---\ntitle: X\n## A\n"));
    }
}
