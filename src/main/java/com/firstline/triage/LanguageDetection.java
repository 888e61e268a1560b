package com.firstline.triage;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which language a post is in: X's own {@code lang} when it gives one, otherwise Lingua over the
 * languages the brand expects. Posts in a language the team does not answer in are routed (marked
 * for the right agent), never dropped.
 */
@ApplicationScoped
public class LanguageDetection {

    /** X's code for posts it cannot tell (emoji only, links only). */
    private static final String UNDETERMINED = "und";

    @Inject
    TriageSettings settings;

    private LanguageDetector detector;

    @PostConstruct
    void build() {
        IsoCode639_1[] codes = settings.languages().detect().stream().map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)))
                .toArray(IsoCode639_1[]::new);
        detector = LanguageDetectorBuilder.fromIsoCodes639_1(codes).withLowAccuracyMode().build();
    }

    /** ISO 639-1 code of the post's language, or "und" when it cannot be told. */
    public String detect(String text, String declared) {
        if (declared != null && !declared.isBlank() && !UNDETERMINED.equals(declared)) {
            return declared.toLowerCase(Locale.ROOT);
        }
        Language language = detector.detectLanguageOf(text);
        return language == Language.UNKNOWN ? UNDETERMINED : language.getIsoCode639_1().toString();
    }

    /** The languages a post can be filed under: those told apart, and "und". */
    public List<String> known() {
        return Stream.concat(settings.languages().detect().stream(), Stream.of(UNDETERMINED)).toList();
    }

    public boolean isSupported(String language) {
        return settings.languages().supported().contains(language) || UNDETERMINED.equals(language);
    }
}
