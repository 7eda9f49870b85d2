package vn.khaothi.engine.application.analytics;

import vn.khaothi.itembank.domain.workflow.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import vn.khaothi.engine.application.sitting.SittingProblem;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.analytics.PeriodicComparison;
import vn.khaothi.engine.domain.analytics.SubjectRecord;
import vn.khaothi.engine.application.platform.Settings;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;

/**
 * Analytics over the gradebook (sổ điểm): the comparison of periodic with regular results (đối sánh)
 * and the statistics for leaders. Reads the gradebook only, through {@link GradebookFigures}.
 *
 * <p>Who sees what — students never: the management everything; a department head the subjects they
 * head or teach (and, like any teacher, their own classes); a teacher the classes and subjects they
 * teach, and every subject of the class they are homeroom teacher of (đối sánh only). The leaders'
 * summary is for the management and department heads (their subjects).
 */
@ApplicationScoped
public class GradebookAnalytics {

    /** KHAOTHI_COMPARISON_STUDENT_GAP / _GROUP_GAP override the defaults of {@link PeriodicComparison}. */
    static final String STUDENT_GAP = "KHAOTHI_COMPARISON_STUDENT_GAP";
    static final String GROUP_GAP = "KHAOTHI_COMPARISON_GROUP_GAP";

    @Inject
    GradebookFigures figures;

    /** Outside the container (tests, tools). */
    public static GradebookAnalytics over(GradebookFigures figures) {
        GradebookAnalytics a = new GradebookAnalytics();
        a.figures = figures;
        return a;
    }

    public record Comparison(PeriodicComparison.Result result, double studentGap, double groupGap) {
    }

    public Comparison comparison(Actor viewer, Integer semester, String subject, String classCode, String teacher,
                                 Double studentGapOverride) {
        if (semester == null || semester < 1 || semester > 2) {
            throw SittingProblem.invalid("semester", "semester is 1 or 2");
        }
        if (subject == null || subject.isBlank()) {
            throw SittingProblem.invalid("subject", "subject is required (e.g. MATH)");
        }
        if (studentGapOverride != null && !(studentGapOverride > 0 && studentGapOverride <= 10)) {
            throw SittingProblem.invalid("gap", "gap is a number of points above 0 and at most 10");
        }
        double studentGap = studentGapOverride != null ? studentGapOverride
                : setting(STUDENT_GAP, PeriodicComparison.DEFAULT_STUDENT_GAP);
        double groupGap = setting(GROUP_GAP, PeriodicComparison.DEFAULT_GROUP_GAP);
        List<SubjectRecord> records = figures.records(semester, subject, blankToNull(classCode)).records();
        BiPredicate<String, String> scope = scope(viewer, false);
        List<SubjectRecord> visible = records.stream()
                .filter(r -> scope.test(r.classCode(), r.subject()))
                .filter(r -> teacher == null || teacher.isBlank() || teacher.equals(r.teacher())).toList();
        if (visible.isEmpty() && !records.isEmpty() && records.stream().noneMatch(r -> scope.test(r.classCode(), r.subject()))) {
            throw SittingProblem.forbidden("FORBIDDEN", "These classes are not yours to compare");
        }
        return new Comparison(PeriodicComparison.of(visible, studentGap, groupGap), studentGap, groupGap);
    }

    public LearningSummary.Result summary(Actor viewer, String period, String by, String subject) {
        if (period == null || !Set.of("1", "2", "YEAR").contains(period.toUpperCase(Locale.ROOT))) {
            throw SittingProblem.invalid("period", "period is 1, 2 or YEAR");
        }
        LearningSummary.By grouping;
        try {
            grouping = LearningSummary.By.valueOf(String.valueOf(by).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw SittingProblem.invalid("by", "by is subject, teacher, grade or class");
        }
        if (!viewer.isManager() && !viewer.has(Role.DEPARTMENT_HEAD)) {
            throw SittingProblem.forbidden("FORBIDDEN", "Statistics for leaders are for the management and department heads");
        }
        Set<String> subjects = subject == null || subject.isBlank() ? null : Set.of(subject);
        if (!viewer.isManager()) {
            Set<String> mine = figures.subjectsOf(viewer.username());
            if (subjects != null && !mine.containsAll(subjects)) {
                throw SittingProblem.forbidden("FORBIDDEN", "A department head sees the subjects of their group");
            }
            subjects = subjects == null ? mine : subjects;
        }
        GradebookFigures.Read read = figures.records(null, null, null);
        Regulations regulations = read.schoolYear() == null ? Regulations.current()
                : Regulations.forSchoolYear(SchoolYear.parse(read.schoolYear()));
        return LearningSummary.of(read.records(), period.toUpperCase(Locale.ROOT), grouping, regulations, subjects);
    }

    private BiPredicate<String, String> scope(Actor viewer, boolean leadersOnly) {
        if (viewer.isManager()) {
            return (cls, sub) -> true;
        }
        GradebookFigures.Scope own = figures.scopeOf(viewer.username());
        Set<String> headed = viewer.has(Role.DEPARTMENT_HEAD) ? figures.subjectsOf(viewer.username()) : Set.of();
        return (cls, sub) -> headed.contains(sub) || (!leadersOnly && own.covers(cls, sub));
    }

    private static double setting(String name, double fallback) {
        try {
            return Settings.get(name).map(Double::parseDouble).filter(v -> v > 0).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
