package vn.khaothi.engine.application.gradebook;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.ClassRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StoredCell;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StudentRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.SubjectRef;
import vn.khaothi.engine.application.gradebook.ResultViews.StudentResult;
import vn.khaothi.engine.application.gradebook.ResultViews.SubjectResult;
import vn.khaothi.engine.application.gradebook.SubjectAverages.SemesterResult;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.engine.domain.gradebook.GradebookRepository;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.tt22.AwardTitle;
import vn.khaothi.rules.tt22.CommentaryResult;
import vn.khaothi.rules.tt22.LearningLevel;
import vn.khaothi.rules.tt22.LevelOutcome;
import vn.khaothi.rules.tt22.Promotion;
import vn.khaothi.rules.tt22.SubjectYearResult;

/**
 * The results (kết quả học tập và rèn luyện) of a class for a semester or the year, every decision
 * from the rules with its citation: subject results (Art. 9.1), the learning level with the Art.
 * 9.3 adjustment (Art. 9.2/9.3), the conduct the homeroom teacher entered (Art. 8), and for the
 * year promotion (Art. 12), summer conduct training (Art. 13), retest subjects (Art. 14) and the
 * award (Art. 15). Read from the gradebook's repository in three queries per class, then through the rules.
 */
public final class ResultsService {

    private static final Set<String> LEVELS = Set.of("TOT", "KHA", "DAT", "CHUA_DAT");

    private final GradebookService gradebook;
    private final Clock clock;

    public ResultsService(GradebookService gradebook, Clock clock) {
        this.gradebook = gradebook;
        this.clock = clock;
    }

    /** The class summary (tổng kết): the homeroom teacher and management. */
    public List<StudentResult> ofClass(Actor actor, String classCode, String period) {
        String p = period(period);
        return gradebook.inTransaction(() -> {
            ClassRef schoolClass = gradebook.schoolClass(classCode);
            if (!(actor.has(Role.PRINCIPAL) || actor.has(Role.DEPUTY_PRINCIPAL) || actor.is(schoolClass.homeroomUsername()))) {
                throw GradebookRefusal.forbidden("Chỉ giáo viên chủ nhiệm lớp " + schoolClass.code()
                        + " và Ban giám hiệu được xem kết quả của cả lớp");
            }
            return compute(schoolClass, p, gradebook.store().students(schoolClass.id()));
        });
    }

    /** A student's own results. */
    public ResultViews.Mine mine(Actor student, String period) {
        String p = period(period);
        return gradebook.inTransaction(() -> {
            String classCode = gradebook.store().classOfStudent(student.username())
                    .orElseThrow(() -> GradebookRefusal.notFound("Bạn chưa thuộc lớp nào trong năm học này"));
            ClassRef schoolClass = gradebook.schoolClass(classCode);
            StudentRef me = gradebook.store().students(schoolClass.id()).stream().filter(s -> s.username().equals(student.username())).findFirst()
                    .orElseThrow(() -> GradebookRefusal.notFound("Không tìm thấy học sinh"));
            StudentResult r = compute(schoolClass, p, List.of(me)).get(0);
            return new ResultViews.Mine(r.studentId(), r.name(), schoolClass.code(), p, r.subjects(), r.learningLevel(),
                    r.computedLevel(), r.adjusted(), r.conductLevel(), r.promoted(), r.retestSubjects(), r.summerTraining(),
                    r.award(), Appeals.ofStudent(gradebook, me.id()), r.citations());
        });
    }

    /** The homeroom teacher records a student's conduct for a period (TT22 Art. 8). */
    public ConductEntry conduct(Actor actor, String classCode, String period, String studentId, String level) {
        String p = period(period);
        if (level == null || !LEVELS.contains(level.strip().toUpperCase(java.util.Locale.ROOT))) {
            throw GradebookRefusal.invalid("level", "Mức rèn luyện (level) là TOT, KHA, DAT hoặc CHUA_DAT (TT22 Điều 8)");
        }
        String lvl = level.strip().toUpperCase(java.util.Locale.ROOT);
        return gradebook.inTransaction(() -> {
            ClassRef schoolClass = gradebook.schoolClass(classCode);
            if (!actor.is(schoolClass.homeroomUsername())) {
                throw GradebookRefusal.forbidden("Chỉ giáo viên chủ nhiệm lớp " + schoolClass.code() + " đánh giá rèn luyện (TT22 Điều 8)");
            }
            StudentRef student = gradebook.store().students(schoolClass.id()).stream().filter(s -> s.username().equals(studentId)).findFirst()
                    .orElseThrow(() -> GradebookRefusal.invalid("studentId", "Học sinh «" + studentId + "» không thuộc lớp " + schoolClass.code()));
            String old = gradebook.store().conduct(schoolClass.id()).getOrDefault(student.id(), Map.of()).get(p);
            gradebook.store().saveConduct(schoolClass.id(), student.id(), p, lvl, actor.username(), clock.instant());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("class", schoolClass.code());
            details.put("period", p);
            details.put("studentId", student.username());
            details.put("old", old);
            details.put("new", lvl);
            gradebook.store().audit(AuditEvent.of(clock.instant(), actor.username(), null, "CONDUCT_ENTERED",
                    "conduct:" + schoolClass.id() + ":" + student.id(), details));
            return new ConductEntry(schoolClass.code(), p, student.username(), old, lvl, List.of("TT22 Art. 8"));
        });
    }

    static String period(String period) {
        if (period == null || !Set.of("1", "2", "YEAR").contains(period.strip().toUpperCase(java.util.Locale.ROOT))) {
            throw GradebookRefusal.invalid("period", "Kì (period) là 1, 2 hoặc YEAR");
        }
        return period.strip().toUpperCase(java.util.Locale.ROOT);
    }

    List<StudentResult> compute(ClassRef schoolClass, String period, List<StudentRef> students) {
        GradebookRepository store = gradebook.store();
        RuleMemo rules = gradebook.memoOf(schoolClass);
        List<SubjectRef> subjects = store.subjectsOfGrade(schoolClass.grade());
        Map<Long, SubjectPlan[]> plans = new HashMap<>();
        for (SubjectRef subject : subjects) {
            plans.put(subject.id(), new SubjectPlan[] {SubjectPlan.of(schoolClass, subject, 1, rules.rules()),
                    SubjectPlan.of(schoolClass, subject, 2, rules.rules())});
        }
        var cells = store.cellsOfClass(schoolClass.id());
        Map<Long, Map<String, String>> conduct = store.conduct(schoolClass.id());
        Map<Long, Integer> absences = store.absences(schoolClass.id());
        // Everything is read; each student's decisions are independent (the rules are thread-safe).
        return students.parallelStream().map(student -> {
            YearInputs inputs = new YearInputs();
            for (SubjectRef subject : subjects) {
                SemesterResult[] semesters = new SemesterResult[2];
                for (int s = 1; s <= 2; s++) {
                    Map<String, StoredCell> row = cells.getOrDefault(subject.id(), Map.of()).getOrDefault(s, Map.of())
                            .get(student.id());
                    semesters[s - 1] = SubjectAverages.of(plans.get(subject.id())[s - 1], row, rules);
                }
                inputs.add(subject, period, semesters, cells.getOrDefault(subject.id(), Map.of()), student.id(), rules);
            }
            String conductLevel = conduct.getOrDefault(student.id(), Map.of()).get(period);
            return StudentOutcome.of(student, period, inputs, conductLevel, absences.getOrDefault(student.id(), 0), rules);
        }).toList();
    }

    /** The subject results of one student for the period, and what the level needs. */
    static final class YearInputs {
        final List<SubjectResult> subjects = new ArrayList<>();
        final List<BigDecimal> scored = new ArrayList<>();
        final List<SubjectYearResult> yearResults = new ArrayList<>();
        final Set<String> citations = new LinkedHashSet<>();
        final List<String> missing = new ArrayList<>();
        int passed;
        int failed;

        void add(SubjectRef subject, String period, SemesterResult[] semesters,
                 Map<Integer, Map<Long, Map<String, StoredCell>>> cells, long studentId, RuleMemo rules) {
            BigDecimal average = null;
            CommentaryResult commentary = null;
            List<String> cites = new ArrayList<>();
            Map<String, Object> scores = new LinkedHashMap<>();
            if (!period.equals("YEAR")) {
                SemesterResult r = semesters[Integer.parseInt(period) - 1];
                average = r.average();
                commentary = r.commentary();
                cites.addAll(r.citations());
                cells.getOrDefault(Integer.parseInt(period), Map.of()).getOrDefault(studentId, Map.of())
                        .forEach((column, cell) -> scores.put(column, cell.value().json()));
            } else {
                scores.put("HK1", semesters[0].average() != null ? semesters[0].average() : verdict(semesters[0].commentary()));
                scores.put("HK2", semesters[1].average() != null ? semesters[1].average() : verdict(semesters[1].commentary()));
                if (semesters[0].average() != null && semesters[1].average() != null) {
                    Decision<BigDecimal> d = rules.yearAverage(semesters[0].average(), semesters[1].average());
                    average = d.value();
                    cites.addAll(d.citations());
                } else if (semesters[0].commentary() != null && semesters[1].commentary() != null) {
                    Decision<CommentaryResult> d = rules.commentaryYearResult(semesters[0].commentary(), semesters[1].commentary());
                    commentary = d.value();
                    cites.addAll(d.citations());
                }
            }
            if (average != null) {
                scored.add(average);
                yearResults.add(SubjectYearResult.scored(subject.code(), average));
            } else if (commentary != null) {
                if (commentary == CommentaryResult.DAT) {
                    passed++;
                } else {
                    failed++;
                }
                yearResults.add(SubjectYearResult.commentary(subject.code(), commentary));
            } else {
                missing.add(subject.code());
            }
            citations.addAll(cites);
            subjects.add(new SubjectResult(subject.code(), subject.nameVi(), scores, average, verdict(commentary), cites));
        }

        static String verdict(CommentaryResult r) {
            return r == null ? null : r == CommentaryResult.DAT ? "D" : "CD";
        }
    }

    /** The level and the year-end consequences, each from the rules. */
    static final class StudentOutcome {

        static StudentResult of(StudentRef student, String period, YearInputs in, String conduct, int absences, RuleMemo memo) {
            Regulations rules = memo.rules();
            Set<String> citations = new LinkedHashSet<>(in.citations);
            if (!in.missing.isEmpty() || in.yearResults.isEmpty()) {
                return new StudentResult(student.username(), student.name(), in.subjects, null, null, null, conduct, null,
                        null, null, null, absences, in.missing, List.copyOf(citations));
            }
            Decision<LevelOutcome> level = rules.learningResult(in.scored, in.passed, in.failed);
            citations.addAll(level.citations());
            LearningLevel learning = level.value().level();
            Boolean promoted = null;
            Boolean summer = null;
            List<String> retest = null;
            String award = null;
            if (period.equals("YEAR") && conduct != null) {
                LearningLevel conductLevel = LearningLevel.valueOf(conduct);
                Decision<Promotion> promotion = memo.promotion(learning, conductLevel, absences);
                citations.addAll(promotion.citations());
                promoted = promotion.value().promoted();
                // TT22 Art. 8/13: the rules say whether the year conduct sends the student to summer training.
                Decision<vn.khaothi.rules.tt22.ConductOutcome> yearConduct = rules.conduct(null, conductLevel, conductLevel, null);
                citations.addAll(yearConduct.citations());
                summer = yearConduct.value().summerTrainingRequired();
                if (!promoted) {
                    // TT22 Art. 14: only a student whose year conduct is at least Đạt retakes subjects.
                    Decision<List<String>> subjects = rules.retestSubjects(learning, conductLevel, in.yearResults);
                    retest = subjects.value();
                    citations.addAll(subjects.citations());
                } else {
                    retest = List.of();
                }
                try {
                    Decision<AwardTitle> title = rules.award(learning, conductLevel, in.scored);
                    award = title.value() == AwardTitle.NONE ? null : title.value().name();
                    citations.addAll(title.citations());
                } catch (InvalidFactException contradictory) {
                    award = null;
                }
            }
            return new StudentResult(student.username(), student.name(), in.subjects, learning.name(),
                    level.value().computedLevel().name(), level.value().adjusted(), conduct, promoted, retest, summer, award,
                    absences, List.of(), List.copyOf(citations));
        }
    }
}
