package vn.khaothi.engine.application.gradebook;

import java.util.List;
import java.util.Map;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.ClassRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.SubjectRef;
import vn.khaothi.engine.domain.gradebook.Columns;
import vn.khaothi.engine.domain.gradebook.SubjectScale;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.tt27.PrimarySubject;
import vn.khaothi.rules.tt27.PrimaryTestPoint;

/**
 * A subject's gradebook for one class and semester as the rules shape it: the scale and the
 * columns. Secondary (TT22): the number of regular columns comes from the rules (Art. 6, by the
 * subject's periods per year), then GK and CK (Art. 7). Primary (TT27): the periodic tests the
 * rules say this grade takes in this subject at this point (Art. 7), as GK and CK.
 *
 * @param citations where the columns come from
 */
public record SubjectPlan(ClassRef schoolClass, SubjectRef subject, int semester, SubjectScale scale,
                          List<String> columns, List<String> citations) {

    /** Our subject codes for the subjects TT27's periodic-test rules name. */
    private static final Map<String, PrimarySubject> PRIMARY = Map.of(
            "VIETNAMESE", PrimarySubject.VIETNAMESE, "MATH", PrimarySubject.MATHEMATICS,
            "ENGLISH", PrimarySubject.FOREIGN_LANGUAGE, "FOREIGN_LANGUAGE", PrimarySubject.FOREIGN_LANGUAGE,
            "HISTORY_GEOGRAPHY", PrimarySubject.HISTORY_GEOGRAPHY, "SCIENCE", PrimarySubject.SCIENCE,
            "INFORMATICS_TECHNOLOGY", PrimarySubject.INFORMATICS_TECHNOLOGY);

    static SubjectPlan of(ClassRef schoolClass, SubjectRef subject, int semester, Regulations rules) {
        if (schoolClass.grade() <= 5) {
            PrimarySubject primary = PRIMARY.getOrDefault(subject.code(), PrimarySubject.OTHER);
            if (primary == PrimarySubject.OTHER || subject.commentaryOnly()) {
                // TT27 subjects assessed by commentary only: one verdict at the end of each semester.
                return new SubjectPlan(schoolClass, subject, semester, SubjectScale.COMMENTARY, List.of(Columns.FINAL),
                        List.of("TT27 Art. 6"));
            }
            var midterm = rules.primaryPeriodicTest(schoolClass.grade(), primary,
                    semester == 1 ? PrimaryTestPoint.MIDTERM_1 : PrimaryTestPoint.MIDTERM_2);
            var end = rules.primaryPeriodicTest(schoolClass.grade(), primary,
                    semester == 1 ? PrimaryTestPoint.END_OF_SEMESTER_1 : PrimaryTestPoint.END_OF_YEAR);
            List<String> citations = new java.util.ArrayList<>(midterm.citations());
            end.citations().stream().filter(c -> !citations.contains(c)).forEach(citations::add);
            return new SubjectPlan(schoolClass, subject, semester, SubjectScale.PRIMARY,
                    Columns.of(0, midterm.value(), end.value()), List.copyOf(citations));
        }
        var regular = rules.regularAssessmentCount(subject.periodsPerYear(), subject.commentaryOnly());
        return new SubjectPlan(schoolClass, subject, semester,
                subject.commentaryOnly() ? SubjectScale.COMMENTARY : SubjectScale.SCORED,
                Columns.of(regular.value(), true, true), regular.citations());
    }

    public boolean has(String column) {
        return columns.contains(column);
    }
}
