package vn.khaothi.engine.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.khaothi.engine.domain.remote.StudentTeachers;

/**
 * Who teaches a student, from the school directory tables (V2026_11_22_01): homeroom teachers of
 * classes and teaching assignments of the current school year. People are account usernames.
 */
public final class JdbcStudentTeachers implements StudentTeachers {

    private static final String STUDENT_IN_CLASS = " JOIN school_year y ON y.id = sc.school_year_id AND y.is_current"
            + " JOIN enrolment e ON e.class_id = sc.id JOIN student s ON s.id = e.student_id"
            + " JOIN account sa ON sa.id = s.account_id";

    private final DataSource dataSource;

    public JdbcStudentTeachers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean isHomeroomTeacher(String teacherId, String studentId) {
        return exists("SELECT 1 FROM school_class sc JOIN teacher t ON t.id = sc.homeroom_teacher_id"
                + " JOIN account ta ON ta.id = t.account_id" + STUDENT_IN_CLASS
                + " WHERE ta.username = ? AND sa.username = ? LIMIT 1", teacherId, studentId);
    }

    @Override
    public boolean teachesSubject(String teacherId, String studentId, String subjectCode) {
        return exists("SELECT 1 FROM teaching_assignment a JOIN teacher t ON t.id = a.teacher_id"
                + " JOIN account ta ON ta.id = t.account_id JOIN subject sub ON sub.id = a.subject_id"
                + " JOIN school_class sc ON sc.id = a.class_id" + STUDENT_IN_CLASS
                + " WHERE ta.username = ? AND sa.username = ? AND sub.code = ? LIMIT 1", teacherId, studentId, subjectCode);
    }

    @Override
    public boolean isCandidate(String studentId, String sittingId) {
        if (sittingId == null || !sittingId.matches("\\d{1,18}")) {
            return false;
        }
        // Listed as a candidate, or enrolled in the class the sitting is for.
        return exists("SELECT 1 FROM sitting_candidate c JOIN student s ON s.id = c.student_id"
                + " JOIN account sa ON sa.id = s.account_id WHERE c.sitting_id = ? AND sa.username = ?"
                + " UNION SELECT 1 FROM sitting st JOIN enrolment e ON e.class_id = st.class_id"
                + " JOIN student s ON s.id = e.student_id JOIN account sa ON sa.id = s.account_id"
                + " WHERE st.id = ? AND sa.username = ? LIMIT 1", sittingId, studentId, sittingId, studentId);
    }

    private boolean exists(String sql, String... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the school directory: " + e.getMessage(), e);
        }
    }
}
