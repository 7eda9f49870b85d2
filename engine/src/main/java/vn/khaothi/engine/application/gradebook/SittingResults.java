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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.application.gradebook.GradebookService.CellWrite;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.engine.domain.gradebook.ScoreSource;
import vn.khaothi.engine.domain.remote.Actor;

/**
 * Publishing a sitting's results into its gradebook column (công bố điểm): the sitting's creator
 * or a teacher of its subject in its class; refused (409 NOT_GRADED) while an attempt waits for
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

    public Map<String, Object> publish(Actor actor, long sittingId) {
        SittingFacts s = gradebook.inTransaction(c -> facts(c, sittingId));
        if (s.column() == null) {
            throw GradebookRefusal.conflict("NO_GRADEBOOK_COLUMN", "Bài kiểm tra này chưa chọn cột sổ điểm (gradebookColumn)", null);
        }
        if (s.classCode() == null || s.subject() == null) {
            throw GradebookRefusal.conflict("NO_GRADEBOOK_COLUMN", "Bài kiểm tra không gắn với một lớp và một môn", null);
        }
        boolean mayPublish = actor.is(s.creator()) || gradebook.inTransaction(c -> {
            GradebookStore store = new GradebookStore(c);
            SubjectPlan plan = gradebook.plan(store, s.classCode(), s.subject(), Math.max(1, s.semester()));
            return store.teaches(actor.id(), plan.schoolClass().id(), plan.subject().id());
        });
        if (!mayPublish) {
            throw GradebookRefusal.forbidden("Chỉ người tạo bài kiểm tra hoặc giáo viên dạy môn này ở lớp được công bố điểm");
        }
        if (s.semester() == 0) {
            throw GradebookRefusal.conflict("OUTSIDE_SEMESTER", "Ngày " + s.day() + " không thuộc học kì nào của năm học", null);
        }
        if (s.waiting() > 0) {
            throw GradebookRefusal.conflict("NOT_GRADED", s.waiting() + " bài làm còn chờ chấm tự luận: chấm xong rồi công bố",
                    Map.of("waiting", s.waiting()));
        }
        List<CellWrite> cells = gradebook.inTransaction(c -> graded(c, sittingId, s.column()));
        int written = gradebook.writeAll(actor, s.classCode(), s.subject(), s.semester(), cells, ScoreSource.SITTING,
                "Bài kiểm tra: " + s.title(), false);
        gradebook.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE sitting SET results_published_at = ? WHERE id = ?")) {
                u.setObject(1, GradebookStore.utc(clock.instant()));
                u.setLong(2, sittingId);
                return u.executeUpdate();
            }
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("written", written);
        answer.put("graded", cells.size());
        answer.put("class", s.classCode());
        answer.put("subject", s.subject());
        answer.put("semester", s.semester());
        answer.put("column", s.column());
        return answer;
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
