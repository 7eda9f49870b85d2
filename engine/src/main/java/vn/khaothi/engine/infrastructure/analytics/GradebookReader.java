package vn.khaothi.engine.infrastructure.analytics;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khaothi.engine.application.analytics.GradebookFigures.Read;
import vn.khaothi.engine.application.analytics.GradebookFigures.Scope;
import vn.khaothi.engine.domain.analytics.SubjectRecord;

/**
 * Reads the shared gradebook (gradebook_entry, written by the gradebook, sittings, imports and scans)
 * for analytics, one query for the rows and one for the teachers — it never writes. Only the current
 * school year's classes.
 */
final class GradebookReader {

    private GradebookReader() {
    }

    /** Rows of the current year's gradebook; each filter may be null. */
    public static Read records(Connection c, Integer semester, String subject, String classCode) throws SQLException {
        Map<String, String> teachers = teachers(c);
        Map<String, Builder> byKey = new LinkedHashMap<>();
        String year = null;
        try (PreparedStatement s = c.prepareStatement("""
                SELECT COALESCE(a.username, st.code), st.full_name, sc.code, sc.grade, sub.code, sub.commentary_only,
                       e.semester, e.column_code, e.score, e.verdict, sy.code
                  FROM gradebook_entry e
                  JOIN school_class sc ON sc.id = e.class_id
                  JOIN school_year sy ON sy.id = sc.school_year_id AND sy.is_current = TRUE
                  JOIN subject sub ON sub.id = e.subject_id
                  JOIN student st ON st.id = e.student_id
                  LEFT JOIN account a ON a.id = st.account_id
                 WHERE (? IS NULL OR e.semester = ?) AND (? IS NULL OR sub.code = ?) AND (? IS NULL OR sc.code = ?)
                 ORDER BY sc.code, sub.code, st.id, e.semester""")) {
            s.setObject(1, semester);
            s.setObject(2, semester);
            s.setString(3, subject);
            s.setString(4, subject);
            s.setString(5, classCode);
            s.setString(6, classCode);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String student = rs.getString(1);
                    String cls = rs.getString(3);
                    String sub = rs.getString(5);
                    int sem = rs.getInt(7);
                    year = rs.getString(11);
                    Builder b = byKey.computeIfAbsent(student + "|" + cls + "|" + sub + "|" + sem, k -> new Builder());
                    b.studentId = student;
                    b.name = rs.getString(2);
                    b.classCode = cls;
                    b.grade = rs.getInt(4);
                    b.subject = sub;
                    b.commentaryOnly = rs.getBoolean(6);
                    b.semester = sem;
                    b.teacher = teachers.get(cls + "|" + sub);
                    BigDecimal score = rs.getBigDecimal(9);
                    String verdict = rs.getString(10);
                    if (score != null) {
                        b.scores.put(rs.getString(8), score);
                    }
                    if (verdict != null) {
                        b.verdicts.put(rs.getString(8), verdict);
                    }
                }
            }
        }
        List<SubjectRecord> records = new ArrayList<>(byKey.size());
        byKey.values().forEach(b -> records.add(new SubjectRecord(b.studentId, b.name, b.classCode, b.grade, b.subject,
                b.commentaryOnly, b.teacher, b.semester, b.scores, b.verdicts)));
        return new Read(records, year);
    }

    private static final class Builder {
        String studentId;
        String name;
        String classCode;
        int grade;
        String subject;
        boolean commentaryOnly;
        String teacher;
        int semester;
        final Map<String, BigDecimal> scores = new HashMap<>();
        final Map<String, String> verdicts = new HashMap<>();
    }

    /** "class|subject" → the username of its (first assigned) teacher, current year. */
    static Map<String, String> teachers(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT sc.code, sub.code, COALESCE(a.username, t.code)
                  FROM teaching_assignment ta
                  JOIN school_class sc ON sc.id = ta.class_id
                  JOIN school_year sy ON sy.id = sc.school_year_id AND sy.is_current = TRUE
                  JOIN subject sub ON sub.id = ta.subject_id
                  JOIN teacher t ON t.id = ta.teacher_id
                  LEFT JOIN account a ON a.id = t.account_id
                 ORDER BY ta.id""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.putIfAbsent(rs.getString(1) + "|" + rs.getString(2), rs.getString(3));
            }
        }
        return out;
    }

    public static Scope scopeOf(Connection c, String username) throws SQLException {
        Set<String> taught = new HashSet<>();
        Set<String> homeroom = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT sc.code, sub.code FROM teaching_assignment ta
                  JOIN teacher t ON t.id = ta.teacher_id JOIN account a ON a.id = t.account_id
                  JOIN school_class sc ON sc.id = ta.class_id JOIN subject sub ON sub.id = ta.subject_id
                 WHERE a.username = ?""")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    taught.add(rs.getString(1) + "|" + rs.getString(2));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                SELECT sc.code FROM school_class sc JOIN teacher t ON t.id = sc.homeroom_teacher_id
                  JOIN account a ON a.id = t.account_id WHERE a.username = ?""")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    homeroom.add(rs.getString(1));
                }
            }
        }
        return new Scope(taught, homeroom);
    }
}
