package vn.khaothi.engine.application.gradebook;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.khaothi.engine.application.gradebook.GradebookService.CellWrite;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.engine.domain.gradebook.PublishedSittings;
import vn.khaothi.engine.domain.gradebook.ScoreSource;
import vn.khaothi.itembank.domain.workflow.Actor;

/**
 * Publishing a sitting's results into its gradebook column (công bố điểm): the sitting's creator
 * or a teacher of its subject in its class (for a sitting given as a list of students: in every
 * class its students belong to); refused (409 NOT_GRADED) while an attempt waits for
 * an essay's mark; the semester is the one whose dates hold the sitting's opening (Vietnam time).
 * Every graded student's score is rounded per Art. 5.3.b and written, all or nothing, with source
 * SITTING; a republish after a change writes only what changed.
 */
public final class SittingResults {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final GradebookService gradebook;
    private final PublishedSittings sittings;
    private final Clock clock;

    public SittingResults(GradebookService gradebook, Clock clock) {
        this.gradebook = gradebook;
        this.sittings = gradebook.stores().sittings();
        this.clock = clock;
    }

    private record SittingFacts(String title, String classCode, String subject, String column, String creator,
                                LocalDate day, int semester, int waiting) {
    }

    /** A graded student's score and their class (null when none): the class of a list sitting's student. */
    private record Graded(String studentId, String name, BigDecimal score, String classCode, int semester) {
    }

    /**
     * Publishes the sitting's scores. A sitting of a class writes into that class's gradebook; a
     * sitting given as a list of students writes each student into the gradebook of their class in
     * the current school year (same subject, column, and the semester holding the sitting's day),
     * all classes in one transaction. A list student without a class refuses the whole publish
     * (409 STUDENT_WITHOUT_CLASS naming them), so nothing is half-published.
     */
    public PublishedScores publish(Actor actor, long sittingId) {
        SittingFacts s = gradebook.inTransaction(() -> facts(sittingId));
        if (s.column() == null) {
            throw GradebookRefusal.conflict("NO_GRADEBOOK_COLUMN", "Bài kiểm tra này chưa chọn cột sổ điểm (gradebookColumn)", null);
        }
        if (s.subject() == null) {
            throw GradebookRefusal.conflict("NO_GRADEBOOK_COLUMN", "Bài kiểm tra không gắn với một môn học", null);
        }
        if (s.classCode() == null) {
            return publishList(actor, sittingId, s);
        }
        boolean mayPublish = actor.is(s.creator()) || gradebook.inTransaction(() -> {
            SubjectPlan plan = gradebook.plan(s.classCode(), s.subject(), Math.max(1, s.semester()));
            return gradebook.store().teaches(actor.username(), plan.schoolClass().id(), plan.subject().id());
        });
        if (!mayPublish) {
            throw GradebookRefusal.forbidden("Chỉ người tạo bài kiểm tra hoặc giáo viên dạy môn này ở lớp được công bố điểm");
        }
        if (s.semester() == 0) {
            throw GradebookRefusal.conflict("OUTSIDE_SEMESTER", "Ngày " + s.day() + " không thuộc học kì nào của năm học", null);
        }
        checkGraded(s);
        List<CellWrite> cells = gradebook.inTransaction(() -> graded(sittingId, s.column()));
        int written = gradebook.writeAll(actor, s.classCode(), s.subject(), s.semester(), cells, ScoreSource.SITTING,
                "Bài kiểm tra: " + s.title(), false);
        markPublished(sittingId);
        return new PublishedScores(written, cells.size(), s.classCode(), s.subject(), s.semester(), s.column(), null);
    }

    private PublishedScores publishList(Actor actor, long sittingId, SittingFacts s) {
        List<Graded> graded = gradebook.inTransaction(() -> gradedWithClasses(sittingId, s.day()));
        Map<String, List<Graded>> byClass = new TreeMap<>();
        for (Graded g : graded) {
            if (g.classCode() != null) {
                byClass.computeIfAbsent(g.classCode(), k -> new ArrayList<>()).add(g);
            }
        }
        boolean mayPublish = actor.is(s.creator()) || !byClass.isEmpty() && gradebook.inTransaction(() -> {
            for (String classCode : byClass.keySet()) {
                SubjectPlan plan = gradebook.plan(classCode, s.subject(), Math.max(1, byClass.get(classCode).get(0).semester()));
                if (!gradebook.store().teaches(actor.username(), plan.schoolClass().id(), plan.subject().id())) {
                    return false;
                }
            }
            return true;
        });
        if (!mayPublish) {
            throw GradebookRefusal.forbidden("Chỉ người tạo bài kiểm tra hoặc giáo viên dạy môn này ở mọi lớp có học sinh"
                    + " làm bài được công bố điểm");
        }
        checkGraded(s);
        List<Graded> classless = graded.stream().filter(g -> g.classCode() == null).toList();
        if (!classless.isEmpty()) {
            List<String> ids = classless.stream().map(Graded::studentId).toList();
            throw GradebookRefusal.conflict("STUDENT_WITHOUT_CLASS", "Không công bố được: " + classless.size()
                    + " học sinh chưa thuộc lớp nào của năm học hiện tại nên không có sổ điểm để ghi ("
                    + String.join(", ", classless.stream().map(g -> g.name() + " – " + g.studentId()).toList())
                    + "). Nhờ quản trị xếp lớp cho các em rồi công bố lại; chưa ghi điểm nào.", Map.of("students", ids));
        }
        for (Map.Entry<String, List<Graded>> e : byClass.entrySet()) {
            if (e.getValue().get(0).semester() == 0) {
                throw GradebookRefusal.conflict("OUTSIDE_SEMESTER", "Ngày " + s.day() + " không thuộc học kì nào của năm học"
                        + " của lớp " + e.getKey(), null);
            }
        }
        List<PublishedScores.PublishedClass> classes = new ArrayList<>();
        int written = gradebook.inTransaction(() -> {
            int total = 0;
            for (Map.Entry<String, List<Graded>> e : byClass.entrySet()) {
                List<CellWrite> cells = e.getValue().stream().map(g -> new CellWrite(g.studentId(), s.column(),
                        g.score().stripTrailingZeros().toPlainString(), g.studentId() + "/" + s.column())).toList();
                int semester = e.getValue().get(0).semester();
                int n = gradebook.writeAll(actor, e.getKey(), s.subject(), semester, cells, ScoreSource.SITTING,
                        "Bài kiểm tra: " + s.title(), false);
                classes.add(new PublishedScores.PublishedClass(e.getKey(), semester, cells.size(), n));
                total += n;
            }
            return total;
        });
        markPublished(sittingId);
        return new PublishedScores(written, graded.size(), null, s.subject(),
                classes.isEmpty() ? null : classes.get(0).semester(), s.column(), classes);
    }

    private static void checkGraded(SittingFacts s) {
        if (s.waiting() > 0) {
            throw GradebookRefusal.conflict("NOT_GRADED", s.waiting() + " bài làm còn chờ chấm tự luận: chấm xong rồi công bố",
                    Map.of("waiting", s.waiting()));
        }
    }

    private void markPublished(long sittingId) {
        gradebook.inTransaction(() -> {
            sittings.markPublished(sittingId, clock.instant());
            return null;
        });
    }

    private SittingFacts facts(long sittingId) {
        PublishedSittings.Facts f = sittings.facts(sittingId)
                .orElseThrow(() -> GradebookRefusal.notFound("Không có bài kiểm tra " + sittingId));
        LocalDate day = f.opensAt().atZone(VIETNAM).toLocalDate();
        return new SittingFacts(f.title(), f.classCode(), f.subject(), f.column(), f.creator(), day,
                f.classId() == null ? 0 : sittings.semesterOf(f.classId(), day), f.waiting());
    }

    /**
     * Every GRADED attempt of a list sitting with the student's class in the current school year
     * (null when they have none) and that class's semester holding the day (0 when none).
     */
    private List<Graded> gradedWithClasses(long sittingId, LocalDate day) {
        List<PublishedSittings.Graded> found = sittings.graded(sittingId);
        Map<String, Integer> semesterOfClass = new HashMap<>();
        for (PublishedSittings.Graded g : found) {
            if (g.classCode() != null && !semesterOfClass.containsKey(g.classCode())) {
                semesterOfClass.put(g.classCode(), sittings.semesterOf(g.classId(), day));
            }
        }
        return found.stream().map(g -> new Graded(g.studentId(), g.name(), g.score(), g.classCode(),
                g.classCode() == null ? 0 : semesterOfClass.get(g.classCode()))).toList();
    }

    /** Every GRADED attempt's score, as a cell of the column (rounded on the way in, Art. 5.3.b). */
    private List<CellWrite> graded(long sittingId, String column) {
        List<CellWrite> cells = new ArrayList<>();
        for (PublishedSittings.Graded g : sittings.graded(sittingId)) {
            BigDecimal score = g.score();
            cells.add(new CellWrite(g.studentId(), column, score.stripTrailingZeros().toPlainString(), g.studentId() + "/" + column));
        }
        return cells;
    }
}
