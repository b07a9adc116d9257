package org.fieldsupport.personnel.leadership.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Rules of candidates for head and deputy-head posts (leadership call, research §2(b)): a vision statement of at
 * most {@value #MAX_VISION_WORDS} words; at least {@value #MIN_YEARS} years of high-level experience expected
 * (a call may ask for more); English required, French and Arabic encouraged; the levels are USG and ASG.
 */
public final class TalentRules {

    public static final int MAX_VISION_WORDS = 500;
    public static final int MIN_YEARS = 20;
    public static final Set<String> LEVELS = Set.of("USG", "ASG");
    public static final Set<String> GENDERS = Set.of("F", "M", "X");
    public static final List<String> LANGUAGES = List.of("EN", "FR", "AR", "ES", "RU", "ZH", "PT");
    public static final List<String> SOURCES = List.of("MEMBER_STATE", "ORGANIZATION", "SELF", "OUTREACH");
    public static final List<String> NOMINATOR_KINDS = List.of("MEMBER_STATE", "ORGANIZATION", "SELF");
    public static final List<String> PARTNER_KINDS = List.of("MEMBER_STATE", "REGIONAL_ORGANIZATION", "UN_ENTITY",
            "PROFESSIONAL_NETWORK", "ACADEMIA", "OTHER");
    public static final List<String> READINESS = List.of("READY_NOW", "READY_1_YEAR", "READY_2_YEARS");

    private TalentRules() { }

    public static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return (int) Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).count();
    }

    public static boolean visionTooLong(String text) {
        return words(text) > MAX_VISION_WORDS;
    }

    /** Languages as a normalised list ("en; fr" → [EN, FR]); unknown codes are kept for the caller to refuse. */
    public static List<String> languages(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[;,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT)).distinct().toList();
    }
}
