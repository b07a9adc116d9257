package org.fieldsupport.personnel.posts.domain;

import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.fieldsupport.platform.api.FieldErrors;

/**
 * The rules of the staffing table: what a request must say, which delegated authority decides it and up to
 * which grade, and when a change is refused.
 * <ul>
 *   <li>creation: unit, title, grade, funding source; decided under {@code POST_ESTABLISHMENT} for its grade;</li>
 *   <li>abolition: an active post that nobody encumbers; {@code POST_ESTABLISHMENT} for the post's grade;</li>
 *   <li>redeployment: an active post moved to another unit and/or mission (same grade);
 *       {@code POST_ESTABLISHMENT} for the post's grade;</li>
 *   <li>reclassification: an active post, a job description and a proposed grade other than the current one;
 *       {@code POST_CLASSIFICATION} up to the more senior of the current and the classified grade.</li>
 * </ul>
 */
public final class PostRules {

    public static final Set<String> FUNDING_SOURCES = Set.of("ASSESSED", "EXTRABUDGETARY", "GTA");
    private static final Pattern BUDGET_PERIOD = Pattern.compile("\\d{4}/\\d{2}");

    private PostRules() { }

    public static boolean budgetPeriod(String text) {
        if (text == null || !BUDGET_PERIOD.matcher(text).matches()) {
            return false;
        }
        int start = Integer.parseInt(text.substring(0, 4));
        int end = Integer.parseInt(text.substring(5));
        return (start + 1) % 100 == end;
    }

    public static String authorityFor(PostRequest.Kind kind) {
        return kind == PostRequest.Kind.RECLASSIFICATION ? "POST_CLASSIFICATION" : "POST_ESTABLISHMENT";
    }

    /** The grade the decider's delegation must reach: the more senior of the post's and the proposed grade. */
    public static String gradeForAuthority(String currentGrade, String proposedGrade, ToIntFunction<String> rank) {
        if (currentGrade == null) {
            return proposedGrade;
        }
        if (proposedGrade == null) {
            return currentGrade;
        }
        return rank.applyAsInt(proposedGrade) > rank.applyAsInt(currentGrade) ? proposedGrade : currentGrade;
    }

    /** Field errors of a new request; {@code post} is the post concerned (null for a creation or unknown). */
    public static FieldErrors check(PostRequest.Kind kind, Post post, String unitName, String title, String grade,
                                    String fundingSource, String targetMission, String targetUnit,
                                    String jobDescription, String justification, Set<String> knownGrades) {
        FieldErrors errors = new FieldErrors();
        if (blank(justification)) {
            errors.add("justification", "Required", "personnel.input.required");
        }
        if (kind == null) {
            errors.add("kind", "OneOf", "personnel.input.kind");
            return errors;
        }
        if (kind != PostRequest.Kind.CREATION && post == null) {
            errors.add("postId", "Required", "personnel.input.required");
        }
        switch (kind) {
            case CREATION -> {
                if (blank(unitName)) {
                    errors.add("unitName", "Required", "personnel.input.required");
                }
                if (blank(title)) {
                    errors.add("title", "Required", "personnel.input.required");
                }
                grade(errors, grade, knownGrades);
                if (fundingSource == null || !FUNDING_SOURCES.contains(fundingSource)) {
                    errors.add("fundingSource", "OneOf", "personnel.input.fundingSource");
                }
            }
            case REDEPLOYMENT -> {
                if (blank(targetUnit) && blank(targetMission)) {
                    errors.add("targetUnit", "Required", "personnel.input.required");
                }
            }
            case RECLASSIFICATION -> {
                grade(errors, grade, knownGrades);
                if (blank(jobDescription)) {
                    errors.add("jobDescription", "Required", "personnel.input.required");
                }
                if (post != null && grade != null && grade.equals(post.gradeCode())) {
                    errors.add("gradeCode", "Different", "personnel.post.input.sameGrade");
                }
            }
            case ABOLITION -> { }
        }
        return errors;
    }

    /** A rule refusal of a request on this post, as a message key; null when none. */
    public static String refusal(PostRequest.Kind kind, Post post) {
        if (kind == PostRequest.Kind.CREATION || post == null) {
            return null;
        }
        if (!post.active()) {
            return "personnel.post.refused.abolished";
        }
        if (kind == PostRequest.Kind.ABOLITION && !post.vacant()) {
            return "personnel.post.refused.encumbered";
        }
        return null;
    }

    private static void grade(FieldErrors errors, String grade, Set<String> knownGrades) {
        if (blank(grade)) {
            errors.add("gradeCode", "Required", "personnel.input.required");
        } else if (!knownGrades.contains(grade)) {
            errors.add("gradeCode", "UnknownGrade", "personnel.input.grade", grade);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
