package vn.khaothi.engine.application.gradebook;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.khaothi.engine.application.gradebook.GradebookService.CellWrite;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
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
    private final Clock clock;

    public SittingResults(GradebookService gradebook, Clock clock) {
        this.gradebook = gradebook;
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
    public Map<String, Object> publish(Actor actor, long sittingId) {
        SittingFacts s = gradebook.inTransaction(c -> facts(c, sittingId));
        if (s.column() == null) {
            throw GradebookRefusal.conflict("NO_GRADEBOOK_COLUMN", "Bài kiểm tra này chưa chọn cột sổ điểm (gradebookColumn)", null);
        }
        if (s.subject() == null) {
            throw GradebookRefusal.conflict("NO_GRADEBOOK_COLUMN", "Bài kiểm tra không gắn với một môn học", null);
        }
        if (s.classCode() == null) {
            return publishList(actor, sittingId, s);
        }
        boolean mayPublish = actor.is(s.creator()) || gradebook.inTransaction(c -> {
            GradebookStore store = new GradebookStore(c);
            SubjectPlan plan = gradebook.plan(store, s.classCode(), s.subject(), Math.max(1, s.semester()));
            return store.teaches(actor.username(), plan.schoolClass().id(), plan.subject().id());
        });
        if (!mayPublish) {
            throw GradebookRefusal.forbidden("Chỉ người tạo bài kiểm tra hoặc giáo viên dạy môn này ở lớp được công bố điểm");
        }
        if (s.semester() == 0) {
            throw GradebookRefusal.conflict("OUTSIDE_SEMESTER", "Ngày " + s.day() + " không thuộc học kì nào của năm học", null);
        }
        checkGraded(s);
        List<CellWrite> cells = gradebook.inTransaction(c -> graded(c, sittingId, s.column()));
        int written = gradebook.writeAll(actor, s.classCode(), s.subject(), s.semester(), cells, ScoreSource.SITTING,
                "Bài kiểm tra: " + s.title(), false);
        markPublished(sittingId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("written", written);
        answer.put("graded", cells.size());
        answer.put("class", s.classCode());
        answer.put("subject", s.subject());
        answer.put("semester", s.semester());
        answer.put("column", s.column());
        return answer;
    }

    private Map<String, Object> publishList(Actor actor, long sittingId, SittingFacts s) {
        List<Graded> graded = gradebook.inTransaction(c -> gradedWithClasses(c, sittingId, s.day()));
        Map<String, List<Graded>> byClass = new TreeMap<>();
        for (Graded g : graded) {
            if (g.classCode() != null) {
                byClass.computeIfAbsent(g.classCode(), k -> new ArrayList<>()).add(g);
            }
        }
        boolean mayPublish = actor.is(s.creator()) || !byClass.isEmpty() && gradebook.inTransaction(c -> {
            GradebookStore store = new GradebookStore(c);
            for (String classCode : byClass.keySet()) {
                SubjectPlan plan = gradebook.plan(store, classCode, s.subject(), Math.max(1, byClass.get(classCode).get(0).semester()));
                if (!store.teaches(actor.username(), plan.schoolClass().id(), plan.subject().id())) {
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
        List<Map<String, Object>> classes = new ArrayList<>();
        int written = gradebook.inTransaction(c -> {
            int total = 0;
            for (Map.Entry<String, List<Graded>> e : byClass.entrySet()) {
                List<CellWrite> cells = e.getValue().stream().map(g -> new CellWrite(g.studentId(), s.column(),
                        g.score().stripTrailingZeros().toPlainString(), g.studentId() + "/" + s.column())).toList();
                int semester = e.getValue().get(0).semester();
                int n = gradebook.writeAll(c, actor, e.getKey(), s.subject(), semester, cells, ScoreSource.SITTING,
                        "Bài kiểm tra: " + s.title(), false);
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("class", e.getKey());
                one.put("semester", semester);
                one.put("graded", cells.size());
                one.put("written", n);
                classes.add(one);
                total += n;
            }
            return total;
        });
        markPublished(sittingId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("written", written);
        answer.put("graded", graded.size());
        answer.put("class", null);
        answer.put("subject", s.subject());
        answer.put("semester", classes.isEmpty() ? null : classes.get(0).get("semester"));
        answer.put("column", s.column());
        answer.put("classes", classes);
        return answer;
    }

    private static void checkGraded(SittingFacts s) {
        if (s.waiting() > 0) {
            throw GradebookRefusal.conflict("NOT_GRADED", s.waiting() + " bài làm còn chờ chấm tự luận: chấm xong rồi công bố",
                    Map.of("waiting", s.waiting()));
        }
    }

    private void markPublished(long sittingId) {
        gradebook.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE sitting SET results_published_at = ? WHERE id = ?")) {
                u.setObject(1, GradebookStore.utc(clock.instant()));
                u.setLong(2, sittingId);
                return u.executeUpdate();
            }
        });
    }

    private static SittingFacts facts(Connection c, long sittingId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT s.title, sc.code, s.subject_code, s.gradebook_column, ca.username,"
                + " s.opens_at, s.class_id, (SELECT COUNT(*) FROM attempt a WHERE a.sitting_id = s.id AND a.status = 'SUBMITTED')"
                + " FROM sitting s LEFT JOIN school_class sc ON sc.id = s.class_id LEFT JOIN account ca ON ca.id = s.created_by"
                + " WHERE s.id = ?")) {
            q.setLong(1, sittingId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw GradebookRefusal.notFound("Không có bài kiểm tra " + sittingId);
                }
                LocalDate day = rs.getObject(6, LocalDateTime.class).atOffset(ZoneOffset.UTC).atZoneSameInstant(VIETNAM).toLocalDate();
                long classId = rs.getLong(7);
                return new SittingFacts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), day,
                        rs.wasNull() ? 0 : semesterOf(c, classId, day), rs.getInt(8));
            }
        }
    }

    /**
     * Every GRADED attempt of a list sitting with the student's class in the current school year
     * (null when they have none) and that class's semester holding the day (0 when none).
     */
    private static List<Graded> gradedWithClasses(Connection c, long sittingId, LocalDate day) throws SQLException {
        List<Graded> found = new ArrayList<>();
        Map<String, Long> classIds = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(acc.username, st.code), st.full_name, a.score,"
                + " (SELECT MIN(sc.code) FROM enrolment e JOIN school_class sc ON sc.id = e.class_id"
                + " JOIN school_year y ON y.id = sc.school_year_id WHERE e.student_id = st.id AND y.is_current),"
                + " (SELECT MIN(sc.id) FROM enrolment e JOIN school_class sc ON sc.id = e.class_id"
                + " JOIN school_year y ON y.id = sc.school_year_id WHERE e.student_id = st.id AND y.is_current)"
                + " FROM attempt a JOIN student st ON st.id = a.student_id LEFT JOIN account acc ON acc.id = st.account_id"
                + " WHERE a.sitting_id = ? AND a.status = 'GRADED' AND a.score IS NOT NULL ORDER BY st.code")) {
            q.setLong(1, sittingId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String classCode = rs.getString(4);
                    long classId = rs.getLong(5);
                    found.add(new Graded(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), classCode, 0));
                    if (classCode != null) {
                        classIds.put(classCode, classId);
                    }
                }
            }
        }
        Map<String, Integer> semesterOfClass = new HashMap<>();
        for (Map.Entry<String, Long> e : classIds.entrySet()) {
            semesterOfClass.put(e.getKey(), semesterOf(c, e.getValue(), day));
        }
        return found.stream().map(g -> g.classCode() == null ? g
                : new Graded(g.studentId(), g.name(), g.score(), g.classCode(), semesterOfClass.get(g.classCode()))).toList();
    }

    /** The semester of the class's school year whose dates hold the day, or 0. */
    private static int semesterOf(Connection c, long classId, LocalDate day) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT se.number FROM semester se JOIN school_class sc"
                + " ON sc.school_year_id = se.school_year_id WHERE sc.id = ? AND ? BETWEEN se.starts_on AND se.ends_on")) {
            q.setLong(1, classId);
            q.setObject(2, day);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Every GRADED attempt's score, as a cell of the column (rounded on the way in, Art. 5.3.b). */
    private static List<CellWrite> graded(Connection c, long sittingId, String column) throws SQLException {
        List<CellWrite> cells = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(acc.username, st.code), a.score FROM attempt a"
                + " JOIN student st ON st.id = a.student_id LEFT JOIN account acc ON acc.id = st.account_id"
                + " WHERE a.sitting_id = ? AND a.status = 'GRADED' AND a.score IS NOT NULL ORDER BY st.code")) {
            q.setLong(1, sittingId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    BigDecimal score = rs.getBigDecimal(2);
                    cells.add(new CellWrite(rs.getString(1), column, score.stripTrailingZeros().toPlainString(),
                            rs.getString(1) + "/" + column));
                }
            }
        }
        return cells;
    }
}
