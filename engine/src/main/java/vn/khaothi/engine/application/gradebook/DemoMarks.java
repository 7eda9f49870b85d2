package vn.khaothi.engine.application.gradebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.ClassRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StudentRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.SubjectRef;
import vn.khaothi.engine.application.gradebook.GradebookService.CellWrite;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.gradebook.ScoreSource;
import vn.khaothi.itembank.domain.workflow.Actor;

/**
 * The demo school's first semester of marks (issue 13): 9A1 and 9A2, every subject, every column,
 * written once through the gradebook service (source IMPORT, reason "DEMO: …") so the pages, the
 * analytics and the results have something to show; and the semester's conduct through the
 * results service, as each class's homeroom teacher. Deterministic: the same seed gives the same
 * marks. Each student has an ability (normal around 6.9, sd 1.3), each subject a difficulty, each
 * mark noise; regular marks are whole or half points, periodic ones quarter points (so some are
 * rounded on the way in, as a real entry would be).
 */
public final class DemoMarks {

    private static final Logger LOG = Logger.getLogger(DemoMarks.class.getName());
    static final String SEEDED = "demo.marks.seeded";
    private static final Actor DEMO = Actor.of("demo", Role.ADMIN);

    private DemoMarks() {
    }

    /** Seeds once; answers the number of cells written (0 when already seeded or the classes are missing). */
    public static int apply(GradebookService gradebook, ResultsService results) {
        boolean seeded = gradebook.inTransaction(() -> gradebook.store().setting(SEEDED).isPresent());
        if (seeded) {
            return 0;
        }
        int written = 0;
        for (String code : List.of("9A1", "9A2")) {
            var store = gradebook.store();
            var found = gradebook.inTransaction(() -> store.classByCode(code)
                    .map(k -> new Object[] {k, store.subjectsOfGrade(k.grade()), store.students(k.id())}));
            if (found.isEmpty()) {
                continue;
            }
            ClassRef schoolClass = (ClassRef) found.get()[0];
            @SuppressWarnings("unchecked") List<SubjectRef> subjects = (List<SubjectRef>) found.get()[1];
            @SuppressWarnings("unchecked") List<StudentRef> students = (List<StudentRef>) found.get()[2];
            Random random = new Random(20261203L + code.hashCode());
            double[] ability = new double[students.size()];
            for (int i = 0; i < ability.length; i++) {
                ability[i] = Math.max(3.8, Math.min(9.6, 6.9 + 1.3 * random.nextGaussian()));
            }
            for (SubjectRef subject : subjects) {
                SubjectPlan plan = gradebook.plan(Actor.of("hieutruong", Role.PRINCIPAL), code, subject.code(), 1);
                double difficulty = 0.6 * random.nextGaussian();
                List<CellWrite> cells = new ArrayList<>();
                for (int i = 0; i < students.size(); i++) {
                    for (String column : plan.columns()) {
                        cells.add(new CellWrite(students.get(i).username(), column,
                                value(plan, column, ability[i] - difficulty, random), students.get(i).username() + "/" + column));
                    }
                }
                written += gradebook.writeAll(DEMO, code, subject.code(), 1, cells, ScoreSource.IMPORT,
                        "DEMO: điểm mẫu học kì I", false);
            }
            if (schoolClass.homeroomUsername() != null) {
                Actor homeroom = Actor.of(schoolClass.homeroomUsername(), Role.TEACHER);
                for (int i = 0; i < students.size(); i++) {
                    double r = random.nextDouble() + (ability[i] - 6.9) / 10;
                    String level = r > 0.32 ? "TOT" : r > 0.08 ? "KHA" : r > 0.0 ? "DAT" : "CHUA_DAT";
                    results.conduct(homeroom, code, "1", students.get(i).username(), level);
                }
            }
        }
        final int total = written;
        gradebook.inTransaction(() -> {
            gradebook.store().addSetting(SEEDED, String.valueOf(total));
            return null;
        });
        LOG.info(() -> "Demo marks seeded: " + total + " gradebook cells of semester I for 9A1 and 9A2");
        return total;
    }

    private static String value(SubjectPlan plan, String column, double level, Random random) {
        double mark = level + 0.9 * random.nextGaussian();
        if (!plan.scale().scored()) {
            return mark < 4.2 ? "CD" : "D";
        }
        double clipped = Math.max(1.0, Math.min(10.0, mark));
        double step = column.startsWith("TX") ? 2 : 4;
        BigDecimal value = BigDecimal.valueOf(Math.round(clipped * step) / step);
        return value.setScale(2, RoundingMode.UNNECESSARY).stripTrailingZeros().toPlainString();
    }
}
