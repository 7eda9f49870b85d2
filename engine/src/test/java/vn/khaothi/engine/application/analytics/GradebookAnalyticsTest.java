package vn.khaothi.engine.application.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.application.sitting.SittingProblem;
import vn.khaothi.engine.domain.analytics.PeriodicComparison;
import vn.khaothi.engine.domain.analytics.SubjectRecord;
import vn.khaothi.itembank.domain.Refusal;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * Who sees which classes in the comparison (đối sánh) and the leaders' summary, with the gradebook
 * read through the {@link GradebookFigures} port (an in-memory one here: no database, no container).
 */
class GradebookAnalyticsTest {

    /** Two classes of MATH, one of LITERATURE; t1 teaches 9A1 MATH, h2 is 9A2's homeroom teacher, head heads MATH. */
    private static final class Figures implements GradebookFigures {
        final List<Integer> semesters = new ArrayList<>();

        @Override
        public Read records(Integer semester, String subject, String classCode) {
            semesters.add(semester);
            List<SubjectRecord> all = List.of(record("a", "9A1", "MATH", "t1", "6", "8", "7"),
                    record("b", "9A1", "MATH", "t1", "7", "7", "8"), record("c", "9A2", "MATH", "t2", "8", "5", "5"),
                    record("d", "9A2", "MATH", "t2", "9", "6", "6"), record("e", "9A2", "LITERATURE", "t3", "6", "6", "6"));
            return new Read(all.stream().filter(r -> subject == null || r.subject().equals(subject))
                    .filter(r -> classCode == null || r.classCode().equals(classCode)).toList(), "2026-2027");
        }

        @Override
        public Scope scopeOf(String username) {
            return switch (username) {
                case "t1" -> new Scope(Set.of("9A1|MATH"), Set.of());
                case "h2" -> new Scope(Set.of(), Set.of("9A2"));
                default -> new Scope(Set.of(), Set.of());
            };
        }

        @Override
        public Set<String> subjectsOf(String username) {
            return username.equals("head") ? Set.of("MATH") : Set.of();
        }

        private static SubjectRecord record(String student, String classCode, String subject, String teacher, String tx,
                                            String gk, String ck) {
            return new SubjectRecord(student, student.toUpperCase(), classCode, 9, subject, false, teacher, 1,
                    Map.of("TX1", new BigDecimal(tx), "GK", new BigDecimal(gk), "CK", new BigDecimal(ck)), Map.of());
        }
    }

    private final Figures figures = new Figures();
    private final GradebookAnalytics analytics = GradebookAnalytics.over(figures);

    private List<String> groups(Actor viewer, String subject) {
        return analytics.comparison(viewer, 1, subject, null, null, null).result().groups().stream()
                .map(g -> g.classCode() + "|" + g.subject()).toList();
    }

    @Test
    void aTeacherComparesOnlyTheClassesAndSubjectsTheyTeach() {
        assertEquals(List.of("9A1|MATH"), groups(Actor.of("t1", Role.TEACHER), "MATH"));
        assertEquals(List.of(1), figures.semesters, "the semester reaches the port");
    }

    @Test
    void aHomeroomTeacherSeesEverySubjectOfTheirClassAndTheManagementEverything() {
        assertEquals(List.of("9A2|LITERATURE"), groups(Actor.of("h2", Role.TEACHER), "LITERATURE"));
        assertEquals(List.of("9A1|MATH", "9A2|MATH"), groups(Actor.of("hieutruong", Role.PRINCIPAL), "MATH"));
        assertEquals(List.of("9A1|MATH", "9A2|MATH"), groups(Actor.of("head", Role.TEACHER, Role.DEPARTMENT_HEAD), "MATH"));
    }

    @Test
    void aTeacherOfNoneOfTheClassesIsRefused() {
        SittingProblem refused = assertThrows(SittingProblem.class, () -> groups(Actor.of("t3", Role.TEACHER), "MATH"));
        assertEquals("FORBIDDEN", refused.code());
        assertEquals(Refusal.Kind.FORBIDDEN, refused.kind());
    }

    @Test
    void theFiltersAreCheckedBeforeAnythingIsRead() {
        assertEquals(Refusal.Kind.INVALID, assertThrows(SittingProblem.class,
                () -> analytics.comparison(Actor.of("t1", Role.TEACHER), 3, "MATH", null, null, null)).kind());
        assertEquals(Refusal.Kind.INVALID, assertThrows(SittingProblem.class,
                () -> analytics.comparison(Actor.of("t1", Role.TEACHER), 1, "MATH", null, null, 11.0)).kind());
        assertEquals(List.of(), figures.semesters);
    }

    @Test
    void theGroupGapUsesThePeriodicMean() {
        PeriodicComparison.GroupLine a2 = analytics.comparison(Actor.of("hieutruong", Role.PRINCIPAL), 1, "MATH", "9A2", null, null)
                .result().groups().get(0);
        assertEquals(8.5, a2.regularMean(), 1e-9);
        assertEquals(5.5, a2.periodicMean(), 1e-9, "(2·GK + 3·CK)/5 of 5,5 and 6,6");
    }

    @Test
    void theLeadersSummaryIsForTheManagementAndDepartmentHeadsOfTheirSubjects() {
        assertEquals(Refusal.Kind.FORBIDDEN, assertThrows(SittingProblem.class,
                () -> analytics.summary(Actor.of("t1", Role.TEACHER), "1", "subject", null)).kind());
        assertEquals(Refusal.Kind.FORBIDDEN, assertThrows(SittingProblem.class,
                () -> analytics.summary(Actor.of("head", Role.TEACHER, Role.DEPARTMENT_HEAD), "1", "subject", "LITERATURE")).kind());
        List<String> headSees = analytics.summary(Actor.of("head", Role.TEACHER, Role.DEPARTMENT_HEAD), "1", "subject", null)
                .groups().stream().map(LearningSummary.Group::key).toList();
        assertEquals(List.of("MATH"), headSees);
    }
}
