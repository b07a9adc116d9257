package org.fieldsupport.organization.attribution.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Accent- and case-insensitive matching of a free-text need against a text in French and English. */
public final class TextMatch {

    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "who", "what", "does", "with", "from", "this", "that", "which", "how", "where",
            "les", "des", "une", "pour", "qui", "que", "dans", "sur", "par", "aux", "est", "avec", "quoi", "comment");

    private TextMatch() { }

    /** Lower case, accents removed, typographic apostrophes and punctuation turned into spaces. */
    public static String normalize(String text) {
        if (text == null) return "";
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", " ").trim();
    }

    /** Search terms of a query: normalised words of 3+ letters, minus stop words, plural "s" dropped. */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        for (String word : normalize(query).split(" ")) {
            if (word.length() < 3 || STOP_WORDS.contains(word)) continue;
            if (word.length() > 4 && word.endsWith("s")) word = word.substring(0, word.length() - 1);
            terms.add(word);
        }
        return terms;
    }

    /**
     * Score of a document for the terms: each term found in the keywords counts 3, in the summary/text 1;
     * 0 when no term is found.
     */
    public static int score(List<String> terms, String normalizedKeywords, String normalizedText) {
        int score = 0;
        for (String term : terms) {
            if (normalizedKeywords.contains(term)) score += 3;
            else if (normalizedText.contains(term)) score += 1;
        }
        return score;
    }
}
