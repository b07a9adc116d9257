package org.fieldsupport.personnel.posts.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/** A standard mission structure: the posts (unit, title, grade, how many) a mission of this kind starts with. */
public record StructureTemplate(long id, String code, String nameEn, String nameFr, List<Line> lines) {

    public record Line(String unitName, String title, String gradeCode, int count) { }

    public String name(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public int totalPosts() {
        return lines.stream().mapToInt(Line::count).sum();
    }

    /** The most senior grade of the template: the delegation applying it must reach it. */
    public String mostSeniorGrade(ToIntFunction<String> rank) {
        return lines.stream().map(Line::gradeCode).max(Comparator.comparingInt(rank)).orElse(null);
    }
}
